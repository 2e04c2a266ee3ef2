#include "demo/LoaderConnection.h"

#include <stdexcept>

namespace laoke::demo {
namespace {

thread_local PGconn* t_lastHandle = nullptr;

}  // namespace

HandleKeepingPolicy::handle HandleKeepingPolicy::do_startconnect(handle original)
{
    handle connected = pqxx::connect_direct::do_startconnect(original);
    t_lastHandle = connected;
    return connected;
}

PGconn* HandleKeepingPolicy::lastHandle() { return t_lastHandle; }

LoaderConnection::LoaderConnection(const std::string& url)
    : pqxx::basic_connection_base<HandleKeepingPolicy>(url), m_handle(HandleKeepingPolicy::lastHandle())
{
    if (m_handle == nullptr || PQstatus(m_handle) != CONNECTION_OK) throw std::runtime_error("no database connection for the loader");
}

}  // namespace laoke::demo
