#pragma once
// A libpqxx connection whose libpq handle the loader can reach, for BinaryCopy. libpqxx 6.4
// keeps the handle private; its public connection-policy interface is handed the handle when
// connecting, so a policy that remembers it is the supported way to get it.

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <string>

namespace laoke::demo {

class HandleKeepingPolicy : public pqxx::connect_direct {
public:
    explicit HandleKeepingPolicy(const std::string& options) : pqxx::connect_direct(options) {}
    handle do_startconnect(handle original) override;

    /// The handle of the connection this thread opened last.
    static PGconn* lastHandle();
};

class LoaderConnection : public pqxx::basic_connection_base<HandleKeepingPolicy> {
public:
    explicit LoaderConnection(const std::string& url);

    /// libpq's handle of this connection (valid while it stays open: the loader never
    /// reconnects in the middle of its one transaction).
    PGconn* handle() const { return m_handle; }

private:
    PGconn* m_handle = nullptr;
};

}  // namespace laoke::demo
