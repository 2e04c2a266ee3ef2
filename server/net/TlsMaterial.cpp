#include "net/TlsMaterial.h"

#include <asio/ssl.hpp>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace laoke::net {
namespace {

namespace fs = std::filesystem;

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* object) const { FreeFunction(object); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<ASN1_INTEGER_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslDeleter<ASN1_IA5STRING_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING_free>>;

constexpr long kCaValidityDays = 3653;      // 10 years
constexpr long kServerValidityDays = 1826;  // 5 years
// Certificates start an hour in the past so a client whose clock runs slightly behind
// does not reject a certificate created moments ago.
constexpr long kBackdateSeconds = 3600;
// X.520 upper bound for commonName; OpenSSL refuses longer values.
constexpr std::size_t kMaxCommonNameBytes = 64;

std::string openSslErrors() {
    std::string text;
    while (unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!text.empty()) text += "; ";
        text += buffer.data();
    }
    return text.empty() ? std::string("unknown OpenSSL error") : text;
}

[[noreturn]] void throwOpenSsl(const std::string& what) {
    throw std::runtime_error(what + ": " + openSslErrors());
}

void check(int result, const char* what) {
    if (result != 1) throwOpenSsl(what);
}

std::string readFile(const fs::path& path, const char* role) {
    std::error_code error;
    if (!fs::exists(path, error)) {
        throw std::runtime_error(std::string(role) + " " + path.string() + ": file does not exist");
    }
    if (!fs::is_regular_file(path, error)) {
        throw std::runtime_error(std::string(role) + " " + path.string() + ": not a regular file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error(std::string(role) + " " + path.string() + ": cannot be read (" +
                                 std::strerror(errno) + ")");
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw std::runtime_error(std::string(role) + " " + path.string() + ": read error");
    }
    return content.str();
}

// Written to a temporary name and renamed so a crash never leaves a truncated key or
// certificate behind; keys are created 0600 from the start rather than tightened later.
void writeFileAtomically(const fs::path& path, const std::string& content, mode_t mode) {
    const fs::path temporary = fs::path(path).concat(".tmp");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0) {
        throw std::runtime_error("cannot create " + temporary.string() + ": " + std::strerror(errno));
    }
    auto fail = [&](const char* step) {
        const int savedErrno = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        throw std::runtime_error(std::string("cannot ") + step + " " + temporary.string() + ": " +
                                 std::strerror(savedErrno));
    };
    if (::fchmod(fd, mode) != 0) fail("set permissions of");
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail("sync");
    if (::close(fd) != 0) {
        const int savedErrno = errno;
        ::unlink(temporary.c_str());
        throw std::runtime_error("cannot close " + temporary.string() + ": " + std::strerror(savedErrno));
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int savedErrno = errno;
        ::unlink(temporary.c_str());
        throw std::runtime_error("cannot rename " + temporary.string() + " to " + path.string() + ": " +
                                 std::strerror(savedErrno));
    }
}

BioPtr memoryBio(const std::string& text) {
    BioPtr bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    if (!bio) throwOpenSsl("BIO_new_mem_buf");
    return bio;
}

std::string bioContents(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(size));
}

// Refuses to prompt on the terminal for a passphrase: an encrypted key is an error here.
int noPassphrase(char*, int, int, void*) { return -1; }

std::vector<X509Ptr> parseCertificates(const std::string& pem, const std::string& source) {
    ERR_clear_error();
    BioPtr bio = memoryBio(pem);
    std::vector<X509Ptr> certificates;
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr)) {
        certificates.emplace_back(certificate);
    }
    if (certificates.empty()) {
        throw std::runtime_error(source + ": no PEM certificate could be parsed (" + openSslErrors() + ")");
    }
    // Running out of PEM blocks is how the loop normally ends; any other error is damage.
    const unsigned long last = ERR_peek_last_error();
    if (last != 0 && !(ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE)) {
        throw std::runtime_error(source + ": certificate number " + std::to_string(certificates.size() + 1) +
                                 " could not be parsed (" + openSslErrors() + ")");
    }
    ERR_clear_error();
    return certificates;
}

std::string certificatePem(X509* certificate) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) throwOpenSsl("BIO_new");
    check(PEM_write_bio_X509(bio.get(), certificate), "PEM_write_bio_X509");
    return bioContents(bio.get());
}

std::string privateKeyPem(EVP_PKEY* key) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) throwOpenSsl("BIO_new");
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "PEM_write_bio_PrivateKey");
    return bioContents(bio.get());
}

std::string fingerprintOf(const X509* certificate) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    check(X509_digest(certificate, EVP_sha256(), digest.data(), &length), "X509_digest");
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text;
    text.reserve(length * 3);
    for (unsigned int i = 0; i < length; ++i) {
        if (i != 0) text += ':';
        text += kHex[digest[i] >> 4];
        text += kHex[digest[i] & 0x0F];
    }
    return text;
}

std::string systemHostName() {
    std::array<char, 256> buffer{};
    if (::gethostname(buffer.data(), buffer.size() - 1) != 0 || buffer[0] == '\0') return "localhost";
    return buffer.data();
}

// Cuts at a UTF-8 code point boundary so the result stays valid UTF8String content.
std::string limitCommonName(std::string name) {
    if (name.size() <= kMaxCommonNameBytes) return name;
    std::size_t cut = kMaxCommonNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
    return name;
}

KeyPtr generateKey() {
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) throwOpenSsl("generating an EC P-256 key");
    return key;
}

NamePtr subjectName(const std::string& commonName) {
    NamePtr name(X509_NAME_new());
    if (!name) throwOpenSsl("X509_NAME_new");
    const std::string cn = limitCommonName(commonName);
    check(X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>("Laoke"), -1, -1, 0),
          "setting the organization name");
    check(X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1, 0),
          "setting the common name");
    return name;
}

// RFC 5280 asks for unpredictable serial numbers of at most 20 octets; 128 random bits
// are read as a non-negative integer.
void setRandomSerial(X509* certificate) {
    std::array<unsigned char, 16> bytes{};
    check(RAND_bytes(bytes.data(), static_cast<int>(bytes.size())), "RAND_bytes");
    BignumPtr number(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
    if (!number) throwOpenSsl("BN_bin2bn");
    IntegerPtr serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
    if (!serial) throwOpenSsl("BN_to_ASN1_INTEGER");
    check(X509_set_serialNumber(certificate, serial.get()), "X509_set_serialNumber");
}

X509Ptr newCertificate(EVP_PKEY* publicKey, const X509_NAME* subject, const X509_NAME* issuer, long validityDays) {
    X509Ptr certificate(X509_new());
    if (!certificate) throwOpenSsl("X509_new");
    check(X509_set_version(certificate.get(), X509_VERSION_3), "X509_set_version");
    setRandomSerial(certificate.get());
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kBackdateSeconds)) throwOpenSsl("setting notBefore");
    if (!X509_time_adj_ex(X509_getm_notAfter(certificate.get()), static_cast<int>(validityDays), 0, nullptr)) {
        throwOpenSsl("setting notAfter");
    }
    check(X509_set_subject_name(certificate.get(), subject), "X509_set_subject_name");
    check(X509_set_issuer_name(certificate.get(), issuer), "X509_set_issuer_name");
    check(X509_set_pubkey(certificate.get(), publicKey), "X509_set_pubkey");
    return certificate;
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    if (!extension) throwOpenSsl(std::string("building extension ") + OBJ_nid2sn(nid) + "=" + value);
    check(X509_add_ext(certificate, extension.get(), -1), "X509_add_ext");
}

// Built from GENERAL_NAME objects rather than a "DNS:a,IP:b" config string so that a host
// name can never smuggle in extra entries.
void addSubjectAltNames(X509* certificate, const std::vector<std::string>& names) {
    GeneralNamesPtr generalNames(sk_GENERAL_NAME_new_null());
    if (!generalNames) throwOpenSsl("sk_GENERAL_NAME_new_null");
    for (const std::string& name : names) {
        GeneralNamePtr generalName(GENERAL_NAME_new());
        if (!generalName) throwOpenSsl("GENERAL_NAME_new");
        if (OctetStringPtr ip{a2i_IPADDRESS(name.c_str())}) {
            GENERAL_NAME_set0_value(generalName.get(), GEN_IPADD, ip.release());
        } else {
            ERR_clear_error();
            Ia5StringPtr dns(ASN1_IA5STRING_new());
            if (!dns) throwOpenSsl("ASN1_IA5STRING_new");
            check(ASN1_STRING_set(dns.get(), name.data(), static_cast<int>(name.size())), "ASN1_STRING_set");
            GENERAL_NAME_set0_value(generalName.get(), GEN_DNS, dns.release());
        }
        if (sk_GENERAL_NAME_push(generalNames.get(), generalName.get()) <= 0) throwOpenSsl("sk_GENERAL_NAME_push");
        generalName.release();
    }
    check(X509_add1_ext_i2d(certificate, NID_subject_alt_name, generalNames.get(), 0, X509V3_ADD_DEFAULT),
          "adding subjectAltName");
}

std::vector<std::string> subjectAltNames(const std::vector<std::string>& hostNames) {
    std::vector<std::string> names;
    auto add = [&names](const std::string& name) {
        if (name.empty()) return;
        for (const std::string& existing : names) {
            if (existing == name) return;
        }
        names.push_back(name);
    };
    for (const std::string& name : hostNames) add(name);
    add("localhost");
    add("127.0.0.1");
    add("::1");
    return names;
}

struct Authority {
    X509Ptr certificate;
    KeyPtr key;
};

Authority createAuthority() {
    Authority ca{nullptr, generateKey()};
    NamePtr name = subjectName("Laoke Server CA " + systemHostName());
    ca.certificate = newCertificate(ca.key.get(), name.get(), name.get(), kCaValidityDays);
    X509* certificate = ca.certificate.get();
    addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    addExtension(certificate, certificate, NID_authority_key_identifier, "keyid:always");
    if (X509_sign(certificate, ca.key.get(), EVP_sha256()) <= 0) throwOpenSsl("signing the CA certificate");
    return ca;
}

X509Ptr createServerCertificate(const Authority& ca, EVP_PKEY* serverKey, const std::vector<std::string>& hostNames) {
    const std::vector<std::string> names = subjectAltNames(hostNames);
    const std::string commonName = hostNames.empty() || hostNames.front().empty() ? names.front() : hostNames.front();
    NamePtr subject = subjectName(commonName);
    X509Ptr certificate =
        newCertificate(serverKey, subject.get(), X509_get_subject_name(ca.certificate.get()), kServerValidityDays);
    X509* raw = certificate.get();
    addExtension(raw, ca.certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(raw, ca.certificate.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(raw, ca.certificate.get(), NID_ext_key_usage, "serverAuth");
    addExtension(raw, ca.certificate.get(), NID_subject_key_identifier, "hash");
    addExtension(raw, ca.certificate.get(), NID_authority_key_identifier, "keyid:always");
    addSubjectAltNames(raw, names);
    if (X509_sign(raw, ca.key.get(), EVP_sha256()) <= 0) throwOpenSsl("signing the server certificate");
    return certificate;
}

// Reusing an existing CA keeps clients that already trust ca.crt working when only the
// server pair was removed (for example to add a host name).
Authority loadOrCreateAuthority(const fs::path& caCertificateFile, const fs::path& caKeyFile) {
    std::error_code error;
    const bool haveCertificate = fs::exists(caCertificateFile, error);
    const bool haveKey = fs::exists(caKeyFile, error);
    if (!haveCertificate && !haveKey) {
        Authority ca = createAuthority();
        writeFileAtomically(caKeyFile, privateKeyPem(ca.key.get()), 0600);
        writeFileAtomically(caCertificateFile, certificatePem(ca.certificate.get()), 0644);
        return ca;
    }
    const TlsMaterial material = loadTlsMaterial(caCertificateFile, caKeyFile);
    std::vector<X509Ptr> certificates = parseCertificates(material.certificateChainPem, caCertificateFile.string());
    BioPtr keyBio = memoryBio(material.privateKeyPem);
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    if (!key) throwOpenSsl("reloading " + caKeyFile.string());
    return Authority{std::move(certificates.front()), std::move(key)};
}

}  // namespace

TlsMaterial loadOrCreateTlsMaterial(const std::filesystem::path& tlsDir, const std::vector<std::string>& hostNames) {
    const fs::path certificateFile = tlsDir / "server.crt";
    const fs::path keyFile = tlsDir / "server.key";
    std::error_code error;
    // Either file present means an identity exists (clients may have pinned it): load it,
    // and let a half-present pair fail loudly instead of replacing it.
    if (fs::exists(certificateFile, error) || fs::exists(keyFile, error)) {
        return loadTlsMaterial(certificateFile, keyFile);
    }

    if (!fs::exists(tlsDir, error)) {
        fs::create_directories(tlsDir, error);
        if (error) throw std::runtime_error("cannot create TLS directory " + tlsDir.string() + ": " + error.message());
    }
    fs::permissions(tlsDir, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error) throw std::runtime_error("cannot restrict TLS directory " + tlsDir.string() + ": " + error.message());

    const Authority ca = loadOrCreateAuthority(tlsDir / "ca.crt", tlsDir / "ca.key");
    KeyPtr serverKey = generateKey();
    X509Ptr serverCertificate = createServerCertificate(ca, serverKey.get(), hostNames);
    // The key goes first: server.crt appearing is what marks the pair complete.
    writeFileAtomically(keyFile, privateKeyPem(serverKey.get()), 0600);
    writeFileAtomically(certificateFile, certificatePem(serverCertificate.get()), 0644);
    return loadTlsMaterial(certificateFile, keyFile);
}

TlsMaterial loadTlsMaterial(const std::filesystem::path& certificateFile, const std::filesystem::path& keyFile) {
    const std::string certificateText = readFile(certificateFile, "TLS certificate file");
    const std::string keyText = readFile(keyFile, "TLS key file");

    std::vector<X509Ptr> certificates = parseCertificates(certificateText, "TLS certificate file " + certificateFile.string());

    BioPtr keyBio = memoryBio(keyText);
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    if (!key) {
        throw std::runtime_error("TLS key file " + keyFile.string() +
                                 ": no unencrypted PEM private key could be parsed (" + openSslErrors() + ")");
    }
    if (X509_check_private_key(certificates.front().get(), key.get()) != 1) {
        ERR_clear_error();
        throw std::runtime_error("TLS key file " + keyFile.string() + ": the private key does not match the certificate in " +
                                 certificateFile.string());
    }

    // Re-encoding what was validated hands the TLS context exactly the parsed objects, in a
    // canonical form, whatever comments or extra blocks the files contained.
    TlsMaterial material;
    for (const X509Ptr& certificate : certificates) material.certificateChainPem += certificatePem(certificate.get());
    material.privateKeyPem = privateKeyPem(key.get());
    material.fingerprintSha256 = fingerprintOf(certificates.front().get());
    return material;
}

std::string certificateFingerprint(const std::string& certificatePem) {
    ERR_clear_error();
    BioPtr bio = memoryBio(certificatePem);
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
    if (!certificate) throwOpenSsl("parsing a PEM certificate for its fingerprint");
    return fingerprintOf(certificate.get());
}

void configureServerContext(asio::ssl::context& context, const TlsMaterial& material) {
    SSL_CTX* native = context.native_handle();
    check(SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION), "SSL_CTX_set_min_proto_version");
    SSL_CTX_set_options(native, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // Applies to TLS 1.2 only; the TLS 1.3 suites are all AEAD with ephemeral key exchange.
    check(SSL_CTX_set_cipher_list(native, "ECDHE+AESGCM:ECDHE+CHACHA20"), "SSL_CTX_set_cipher_list");
    context.use_certificate_chain(asio::buffer(material.certificateChainPem));
    context.use_private_key(asio::buffer(material.privateKeyPem), asio::ssl::context::pem);
    check(SSL_CTX_check_private_key(native), "the TLS private key does not match the certificate");
}

}  // namespace laoke::net
