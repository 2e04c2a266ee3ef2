#pragma once
// The server's TLS identity. On first start laoke-server creates a private CA and a server
// certificate signed by it in DIR/tls (keys mode 0600); an administrator may instead give
// --tls-cert/--tls-key. Clients pin the server certificate's SHA-256 fingerprint on first
// use, or verify against DIR/tls/ca.crt when an administrator distributes it.

#include <filesystem>
#include <string>
#include <vector>

namespace asio::ssl { class context; }

namespace laoke::net {

struct TlsMaterial {
    std::string certificateChainPem;  ///< server certificate (then intermediates, if any)
    std::string privateKeyPem;
    std::string fingerprintSha256;    ///< of the server certificate, "AB:CD:..." upper-case
};

/// Loads DIR/tls/server.crt and server.key, creating the CA and server certificate first if
/// they do not exist. `hostNames` go into the certificate's subjectAltName (IP addresses
/// as IP entries); "localhost", "127.0.0.1" and "::1" are always included.
TlsMaterial loadOrCreateTlsMaterial(const std::filesystem::path& tlsDir, const std::vector<std::string>& hostNames);

/// Loads an administrator's certificate chain and key (PEM). Throws std::runtime_error with
/// the file name and reason when a file is missing, unreadable, or the key does not match.
TlsMaterial loadTlsMaterial(const std::filesystem::path& certificateFile, const std::filesystem::path& keyFile);

/// "AB:CD:..." SHA-256 of the first certificate in the PEM text (DER encoding).
std::string certificateFingerprint(const std::string& certificatePem);

/// Configures a server context: TLS 1.2 minimum (1.3 preferred), no compression, no
/// renegotiation, strong ciphers only, the given certificate and key.
void configureServerContext(asio::ssl::context& context, const TlsMaterial& material);

}  // namespace laoke::net
