#include "net/TlsMaterial.h"

#include <asio.hpp>
#include <asio/ssl.hpp>
#include <gtest/gtest.h>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace laoke::net {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* object) const { FreeFunction(object); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;

X509Ptr readCertificate(const fs::path& file) {
    std::unique_ptr<FILE, int (*)(FILE*)> in(std::fopen(file.c_str(), "r"), &std::fclose);
    if (!in) throw std::runtime_error("cannot open " + file.string());
    X509Ptr certificate(PEM_read_X509(in.get(), nullptr, nullptr, nullptr));
    if (!certificate) throw std::runtime_error("cannot parse " + file.string());
    return certificate;
}

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeText(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

unsigned int modeOf(const fs::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return 0;
    return info.st_mode & 07777;
}

std::string commonNameOf(X509* certificate) {
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, buffer, sizeof buffer);
    return buffer;
}

std::string runCommand(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), &::pclose);
    if (!pipe) throw std::runtime_error("popen failed for " + command);
    std::string output;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe.get())) output += buffer;
    return output;
}

class TlsMaterialTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "laoke-tls-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        m_tlsDir = m_root / "tls";
    }

    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }

    fs::path m_root;
    fs::path m_tlsDir;
};

TEST_F(TlsMaterialTest, FirstCallCreatesCaAndServerFilesWithPrivateModes) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {"crm.example.test"});

    EXPECT_EQ(modeOf(m_tlsDir), 0700u);
    EXPECT_EQ(modeOf(m_tlsDir / "ca.key"), 0600u);
    EXPECT_EQ(modeOf(m_tlsDir / "server.key"), 0600u);
    EXPECT_TRUE(fs::is_regular_file(m_tlsDir / "ca.crt"));
    EXPECT_TRUE(fs::is_regular_file(m_tlsDir / "server.crt"));
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(m_tlsDir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"ca.crt", "ca.key", "server.crt", "server.key"}));

    EXPECT_NE(material.certificateChainPem.find("BEGIN CERTIFICATE"), std::string::npos);
    EXPECT_NE(material.privateKeyPem.find("BEGIN PRIVATE KEY"), std::string::npos);
    EXPECT_TRUE(std::regex_match(material.fingerprintSha256, std::regex("([0-9A-F]{2}:){31}[0-9A-F]{2}")))
        << material.fingerprintSha256;
}

TEST_F(TlsMaterialTest, SecondCallLoadsTheSameCertificate) {
    const TlsMaterial first = loadOrCreateTlsMaterial(m_tlsDir, {"crm.example.test"});
    const TlsMaterial second = loadOrCreateTlsMaterial(m_tlsDir, {"other.example.test"});
    EXPECT_EQ(second.fingerprintSha256, first.fingerprintSha256);
    EXPECT_EQ(second.certificateChainPem, first.certificateChainPem);
    EXPECT_EQ(second.privateKeyPem, first.privateKeyPem);
}

TEST_F(TlsMaterialTest, FingerprintMatchesOpenSslCommandLine) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    const std::string output =
        runCommand("openssl x509 -noout -fingerprint -sha256 -in '" + (m_tlsDir / "server.crt").string() + "'");
    const auto equals = output.find('=');
    ASSERT_NE(equals, std::string::npos) << output;
    std::string printed = output.substr(equals + 1);
    while (!printed.empty() && (printed.back() == '\n' || printed.back() == '\r')) printed.pop_back();
    EXPECT_EQ(material.fingerprintSha256, printed);
    EXPECT_EQ(certificateFingerprint(material.certificateChainPem), printed);
}

TEST_F(TlsMaterialTest, ServerCertificateVerifiesAgainstCaAndNamesTheHosts) {
    loadOrCreateTlsMaterial(m_tlsDir, {"crm.example.test", "10.20.30.40", "fd00::7"});
    X509Ptr ca = readCertificate(m_tlsDir / "ca.crt");
    X509Ptr server = readCertificate(m_tlsDir / "server.crt");

    StorePtr store(X509_STORE_new());
    ASSERT_EQ(X509_STORE_add_cert(store.get(), ca.get()), 1);
    StoreContextPtr context(X509_STORE_CTX_new());
    ASSERT_EQ(X509_STORE_CTX_init(context.get(), store.get(), server.get(), nullptr), 1);
    ASSERT_EQ(X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER), 1);
    EXPECT_EQ(X509_verify_cert(context.get()), 1)
        << X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()));

    EXPECT_EQ(commonNameOf(server.get()), "crm.example.test");
    EXPECT_EQ(commonNameOf(ca.get()).rfind("Laoke Server CA ", 0), 0u) << commonNameOf(ca.get());
    EXPECT_EQ(X509_check_host(server.get(), "crm.example.test", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(server.get(), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "10.20.30.40", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "fd00::7", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "127.0.0.1", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "::1", 0), 1);
    EXPECT_NE(X509_check_host(server.get(), "other.example.test", 0, 0, nullptr), 1);

    EXPECT_NE(X509_check_ca(ca.get()), 0);
    EXPECT_EQ(X509_check_ca(server.get()), 0);
    EXPECT_NE(X509_get_extended_key_usage(server.get()) & XKU_SSL_SERVER, 0u);
    EXPECT_NE(X509_get0_subject_key_id(server.get()), nullptr);
    EXPECT_NE(X509_get0_authority_key_id(server.get()), nullptr);
    EXPECT_EQ(EVP_PKEY_get_base_id(X509_get0_pubkey(server.get())), EVP_PKEY_EC);

    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(server.get()), nullptr));
    EXPECT_GT(BN_num_bits(serial.get()), 64);
    int days = 0;
    int seconds = 0;
    ASSERT_EQ(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(server.get())), 1);
    EXPECT_GT(days, 5 * 365 - 5);
    EXPECT_LT(days, 5 * 365 + 5);
    ASSERT_EQ(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(ca.get())), 1);
    EXPECT_GT(days, 10 * 365 - 5);
}

TEST_F(TlsMaterialTest, KeyThatDoesNotMatchTheCertificateIsRejectedNamingTheFile) {
    loadOrCreateTlsMaterial(m_tlsDir, {});
    const fs::path otherDir = m_root / "other";
    loadOrCreateTlsMaterial(otherDir, {});
    const fs::path wrongKey = otherDir / "server.key";
    try {
        loadTlsMaterial(m_tlsDir / "server.crt", wrongKey);
        FAIL() << "a mismatched key was accepted";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find(wrongKey.string()), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("does not match"), std::string::npos) << error.what();
    }
}

TEST_F(TlsMaterialTest, MissingOrUnparsableFilesAreRejectedNamingTheFile) {
    loadOrCreateTlsMaterial(m_tlsDir, {});
    const fs::path missing = m_root / "missing.crt";
    const fs::path garbage = m_root / "garbage.key";
    writeText(garbage, "-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n");

    auto messageOf = [](const std::function<void()>& call) {
        try {
            call();
        } catch (const std::runtime_error& error) {
            return std::string(error.what());
        }
        return std::string("no exception");
    };
    const std::string missingMessage = messageOf([&] { loadTlsMaterial(missing, m_tlsDir / "server.key"); });
    EXPECT_NE(missingMessage.find(missing.string()), std::string::npos) << missingMessage;
    EXPECT_NE(missingMessage.find("does not exist"), std::string::npos) << missingMessage;

    const std::string garbageMessage = messageOf([&] { loadTlsMaterial(m_tlsDir / "server.crt", garbage); });
    EXPECT_NE(garbageMessage.find(garbage.string()), std::string::npos) << garbageMessage;

    const std::string keyAsCertificate =
        messageOf([&] { loadTlsMaterial(m_tlsDir / "server.key", m_tlsDir / "server.key"); });
    EXPECT_NE(keyAsCertificate.find("certificate file " + (m_tlsDir / "server.key").string()), std::string::npos)
        << keyAsCertificate;
}

TEST_F(TlsMaterialTest, HalfPresentServerPairIsNotRegenerated) {
    loadOrCreateTlsMaterial(m_tlsDir, {});
    fs::remove(m_tlsDir / "server.crt");
    try {
        loadOrCreateTlsMaterial(m_tlsDir, {});
        FAIL() << "a missing server.crt was silently replaced";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("server.crt"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(m_tlsDir / "server.crt"));
}

TEST_F(TlsMaterialTest, NewServerPairReusesAnExistingCa) {
    loadOrCreateTlsMaterial(m_tlsDir, {});
    const std::string caBefore = readText(m_tlsDir / "ca.crt");
    fs::remove(m_tlsDir / "server.crt");
    fs::remove(m_tlsDir / "server.key");
    loadOrCreateTlsMaterial(m_tlsDir, {"new.example.test"});
    EXPECT_EQ(readText(m_tlsDir / "ca.crt"), caBefore);
    X509Ptr ca = readCertificate(m_tlsDir / "ca.crt");
    X509Ptr server = readCertificate(m_tlsDir / "server.crt");
    EXPECT_EQ(X509_check_issued(ca.get(), server.get()), X509_V_OK);
    EXPECT_EQ(commonNameOf(server.get()), "new.example.test");
}

TEST_F(TlsMaterialTest, AdministratorChainKeepsEveryCertificateAndFingerprintsTheFirst) {
    const TlsMaterial generated = loadOrCreateTlsMaterial(m_tlsDir, {});
    const fs::path chain = m_root / "chain.pem";
    writeText(chain, readText(m_tlsDir / "server.crt") + readText(m_tlsDir / "ca.crt"));
    const TlsMaterial material = loadTlsMaterial(chain, m_tlsDir / "server.key");
    EXPECT_EQ(material.fingerprintSha256, generated.fingerprintSha256);
    const std::string marker = "BEGIN CERTIFICATE";
    const auto first = material.certificateChainPem.find(marker);
    ASSERT_NE(first, std::string::npos);
    EXPECT_NE(material.certificateChainPem.find(marker, first + 1), std::string::npos);
}

TEST_F(TlsMaterialTest, ServerContextRefusesOldProtocolsCompressionAndRenegotiation) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    asio::ssl::context context(asio::ssl::context::tls_server);
    configureServerContext(context, material);
    SSL_CTX* native = context.native_handle();
    EXPECT_EQ(SSL_CTX_get_min_proto_version(native), TLS1_2_VERSION);
    const uint64_t options = SSL_CTX_get_options(native);
    EXPECT_NE(options & SSL_OP_NO_COMPRESSION, 0u);
    EXPECT_NE(options & SSL_OP_NO_RENEGOTIATION, 0u);
    EXPECT_NE(options & SSL_OP_CIPHER_SERVER_PREFERENCE, 0u);
}

struct ClientOutcome {
    bool ok = false;
    std::string error;
    std::string protocol;
    std::string cipher;
    std::string peerFingerprint;
};

struct HandshakeOutcome {
    bool serverOk = false;
    std::string serverError;
    ClientOutcome client;
};

// Blocking client on its own thread; it cannot hang because the server side closes its
// socket once it has finished or its deadline has passed.
ClientOutcome runClient(uint16_t port, const fs::path& caFile, const std::function<void(SSL_CTX*)>& configure) {
    ClientOutcome outcome;
    asio::io_context io;
    asio::ssl::context context(asio::ssl::context::tls_client);
    std::error_code error;
    context.load_verify_file(caFile.string(), error);
    if (error) {
        outcome.error = "load_verify_file: " + error.message();
        return outcome;
    }
    context.set_verify_mode(asio::ssl::verify_peer);
    configure(context.native_handle());

    asio::ssl::stream<asio::ip::tcp::socket> stream(io, context);
    SSL_set1_host(stream.native_handle(), "localhost");
    stream.lowest_layer().connect({asio::ip::make_address("127.0.0.1"), port}, error);
    if (error) {
        outcome.error = "connect: " + error.message();
        return outcome;
    }
    stream.handshake(asio::ssl::stream_base::client, error);
    if (error) {
        outcome.error = error.message();
        return outcome;
    }
    outcome.ok = true;
    outcome.protocol = SSL_get_version(stream.native_handle());
    outcome.cipher = SSL_get_cipher_name(stream.native_handle());
    X509Ptr peer(SSL_get1_peer_certificate(stream.native_handle()));
    if (peer) {
        BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(bio.get(), peer.get());
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        outcome.peerFingerprint = certificateFingerprint(std::string(data, static_cast<std::size_t>(size)));
    }
    stream.lowest_layer().close(error);
    return outcome;
}

HandshakeOutcome handshake(const TlsMaterial& material, const fs::path& caFile,
                           const std::function<void(SSL_CTX*)>& configureClient) {
    asio::io_context io;
    asio::ssl::context serverContext(asio::ssl::context::tls_server);
    configureServerContext(serverContext, material);
    asio::ip::tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
    asio::ssl::stream<asio::ip::tcp::socket> serverStream(io, serverContext);
    HandshakeOutcome outcome;

    asio::steady_timer deadline(io, 5s);
    deadline.async_wait([&](std::error_code error) {
        if (error) return;
        outcome.serverError = "server deadline passed";
        std::error_code ignored;
        acceptor.close(ignored);
        serverStream.lowest_layer().close(ignored);
    });
    acceptor.async_accept(serverStream.lowest_layer(), [&](std::error_code error) {
        if (error) {
            outcome.serverError = "accept: " + error.message();
            deadline.cancel();
            return;
        }
        serverStream.async_handshake(asio::ssl::stream_base::server, [&](std::error_code handshakeError) {
            outcome.serverOk = !handshakeError;
            if (handshakeError) outcome.serverError = handshakeError.message();
            deadline.cancel();
        });
    });

    const uint16_t port = acceptor.local_endpoint().port();
    ClientOutcome client;
    std::thread clientThread([&] { client = runClient(port, caFile, configureClient); });
    io.run();
    std::error_code ignored;
    serverStream.lowest_layer().close(ignored);
    clientThread.join();
    outcome.client = client;
    return outcome;
}

TEST_F(TlsMaterialTest, DefaultClientNegotiatesTls13AndSeesThePinnedCertificate) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    const HandshakeOutcome outcome = handshake(material, m_tlsDir / "ca.crt", [](SSL_CTX*) {});
    EXPECT_TRUE(outcome.serverOk) << outcome.serverError;
    ASSERT_TRUE(outcome.client.ok) << outcome.client.error;
    EXPECT_EQ(outcome.client.protocol, "TLSv1.3");
    EXPECT_EQ(outcome.client.peerFingerprint, material.fingerprintSha256);
}

TEST_F(TlsMaterialTest, Tls12ClientSucceedsWithAnEcdheAeadCipher) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    const HandshakeOutcome outcome = handshake(material, m_tlsDir / "ca.crt", [](SSL_CTX* context) {
        SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
        SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION);
    });
    EXPECT_TRUE(outcome.serverOk) << outcome.serverError;
    ASSERT_TRUE(outcome.client.ok) << outcome.client.error;
    EXPECT_EQ(outcome.client.protocol, "TLSv1.2");
    EXPECT_EQ(outcome.client.cipher.rfind("ECDHE-", 0), 0u) << outcome.client.cipher;
    const bool aead = outcome.client.cipher.find("GCM") != std::string::npos ||
                      outcome.client.cipher.find("CHACHA20") != std::string::npos;
    EXPECT_TRUE(aead) << outcome.client.cipher;
}

TEST_F(TlsMaterialTest, Tls11ClientIsRefusedByTheServer) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    const HandshakeOutcome outcome = handshake(material, m_tlsDir / "ca.crt", [](SSL_CTX* context) {
        // Lowers the client's own floor and security level so that only the server can be
        // the side that refuses.
        SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
        SSL_CTX_set_max_proto_version(context, TLS1_1_VERSION);
        SSL_CTX_set_cipher_list(context, "DEFAULT:@SECLEVEL=0");
    });
    EXPECT_FALSE(outcome.client.ok) << outcome.client.protocol;
    EXPECT_FALSE(outcome.serverOk);
    EXPECT_NE(outcome.serverError.find("unsupported protocol"), std::string::npos) << outcome.serverError;
}

TEST_F(TlsMaterialTest, Tls12ClientWithoutAeadCiphersIsRefused) {
    const TlsMaterial material = loadOrCreateTlsMaterial(m_tlsDir, {});
    const HandshakeOutcome outcome = handshake(material, m_tlsDir / "ca.crt", [](SSL_CTX* context) {
        SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
        SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION);
        SSL_CTX_set_cipher_list(context, "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256");
    });
    EXPECT_FALSE(outcome.client.ok) << outcome.client.cipher;
    EXPECT_FALSE(outcome.serverOk);
    EXPECT_NE(outcome.serverError.find("no shared cipher"), std::string::npos) << outcome.serverError;
}

}  // namespace
}  // namespace laoke::net
