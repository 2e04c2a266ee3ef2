#include "handlers/Dispatcher.h"

#include "engine/ServiceError.h"
#include "handlers/Access.h"
#include "handlers/ActivityHandler.h"
#include "handlers/AppointmentHandler.h"
#include "handlers/AuthHandler.h"
#include "handlers/CallbackHandler.h"
#include "handlers/CatalogueHandler.h"
#include "handlers/ComplaintHandler.h"
#include "handlers/ContactHandler.h"
#include "handlers/DispatchHandler.h"
#include "handlers/EventsHandler.h"
#include "handlers/ServiceLevelHandler.h"
#include "handlers/CustomerHandler.h"
#include "handlers/ImportHandler.h"
#include "handlers/InstalledBaseHandler.h"
#include "handlers/KbHandler.h"
#include "handlers/BranchHandler.h"
#include "handlers/RecommendationHandler.h"
#include "handlers/RequestContext.h"
#include "handlers/ReportHandler.h"
#include "handlers/RosterHandler.h"
#include "handlers/TicketCategoryHandler.h"
#include "handlers/TicketEditHandler.h"
#include "handlers/TicketHandler.h"
#include "handlers/UserHandler.h"
#include "protocol/FrameCodec.h"

#include <spdlog/spdlog.h>

namespace laoke::handlers {

namespace proto = laoke::protocol;
using engine::ServiceError;

proto::Envelope errorEnvelope(std::uint64_t requestId, proto::ErrorCode code, const std::string& message,
                              const std::string& field, long long retryAfterSeconds)
{
    proto::Envelope reply;
    reply.set_request_id(requestId);
    auto* error = reply.mutable_error();
    error->set_code(code);
    error->set_message(message);
    error->set_field(field);
    error->set_retry_after_seconds(retryAfterSeconds);
    return reply;
}

namespace {

proto::Envelope handleHello(ConnectionState& connection, const proto::Hello& hello, const std::string& serverVersion)
{
    if (hello.protocol_version() != proto::kProtocolVersion) {
        connection.closeAfterReply = true;
        const std::string message = "incompatible protocol: the client speaks version " +
                                    std::to_string(hello.protocol_version()) + ", this server speaks version " +
                                    std::to_string(proto::kProtocolVersion);
        spdlog::warn("{} (client '{}')", message, hello.client_name());
        return errorEnvelope(0, proto::INCOMPATIBLE_VERSION, message);
    }
    connection.phase = ConnectionState::Phase::Open;
    connection.clientName = hello.client_name().substr(0, 128);
    spdlog::info("hello from client '{}'", connection.clientName);
    proto::Envelope reply;
    reply.mutable_hello_reply()->set_protocol_version(proto::kProtocolVersion);
    reply.mutable_hello_reply()->set_server_version(serverVersion);
    return reply;
}

// Checks access, runs the handler, and turns every exception into an ErrorReply.
template <typename Request, typename Handler>
proto::Envelope run(Services& services, ConnectionState& connection, std::uint64_t requestId, const Access& access,
                    const Request& request, Handler handler)
{
    try {
        if (access.loginRequired) {
            if (!connection.user) {
                throw ServiceError(proto::UNAUTHENTICATED, "log in first");
            }
            checkAccess(access, *connection.user);
        }
        RequestContext context(services, connection, requestId, access);
        return handler(context, request);
    } catch (const ServiceError& e) {
        if (e.code() == proto::INTERNAL) {
            spdlog::error("request failed: {}", e.what());
        } else {
            spdlog::info("request refused: {} ({})", proto::ErrorCode_Name(e.code()), e.what());
        }
        return errorEnvelope(requestId, e.code(), e.what(), e.field(), e.retryAfterSeconds());
    } catch (const std::exception& e) {
        spdlog::error("request failed with an unexpected error: {}", e.what());
        return errorEnvelope(requestId, proto::INTERNAL, "the server could not complete the request");
    }
}

proto::Envelope notARequest(std::uint64_t requestId)
{
    return errorEnvelope(requestId, proto::BAD_REQUEST, "this message is a reply, not a request");
}

}  // namespace

proto::Envelope Dispatcher::dispatch(ConnectionState& connection, const proto::Envelope& request)
{
    const std::uint64_t id = request.request_id();
    if (connection.phase == ConnectionState::Phase::AwaitingHello) {
        if (request.payload_case() != proto::Envelope::kHello) {
            connection.closeAfterReply = true;
            spdlog::warn("first message was not Hello; closing");
            return errorEnvelope(id, proto::PROTOCOL_VIOLATION, "the first message must be Hello");
        }
        proto::Envelope reply = handleHello(connection, request.hello(), m_services.serverVersion);
        reply.set_request_id(id);
        return reply;
    }

    const Access admin = Access::roles({proto::ADMIN});
    // Customer profiles and contracts are the account side's; engineers read them and keep
    // contacts, the installed base and the activity log up to date.
    const Access accountSide = Access::roles({proto::ADMIN, proto::BRANCH_MANAGER, proto::ACCOUNT_MANAGER});
    const Access managers = Access::roles({proto::ADMIN, proto::BRANCH_MANAGER});
    const Access anyone = Access::anyUser();
    // Knowledge is shared by all branches: everyone reads it and may link it to a ticket they
    // see; the people who solve problems write it (account managers read only).
    const Access knowledgeWriters = Access::roles({proto::ADMIN, proto::BRANCH_MANAGER, proto::ENGINEER});
    // The service side: engineers, branch managers and admins book and record visits and make
    // callbacks (account managers read the callback queue only); complaint cases are handled
    // by branch managers and admins.
    const Access serviceSide = Access::roles({proto::ADMIN, proto::BRANCH_MANAGER, proto::ENGINEER});
    proto::Envelope reply;
    switch (request.payload_case()) {
    case proto::Envelope::kHello:
        reply = errorEnvelope(id, proto::PROTOCOL_VIOLATION, "Hello was already exchanged");
        break;
    case proto::Envelope::kPing:
        reply = run(m_services, connection, id, Access::anonymous(), request.ping(), handlePing);
        break;
    case proto::Envelope::kLogin:
        reply = run(m_services, connection, id, Access::anonymous(), request.login(), handleLogin);
        break;
    case proto::Envelope::kResumeSession:
        reply = run(m_services, connection, id, Access::anonymous(), request.resume_session(), handleResumeSession);
        break;
    case proto::Envelope::kLogout:
        reply = run(m_services, connection, id, Access::anyUser().beforePasswordChange(), request.logout(), handleLogout);
        break;
    case proto::Envelope::kWhoAmI:
        reply = run(m_services, connection, id, Access::anyUser().beforePasswordChange(), request.who_am_i(), handleWhoAmI);
        break;
    case proto::Envelope::kChangePassword:
        reply = run(m_services, connection, id, Access::anyUser().beforePasswordChange(), request.change_password(),
                    handleChangePassword);
        break;
    case proto::Envelope::kListUsers:
        reply = run(m_services, connection, id, admin, request.list_users(), handleListUsers);
        break;
    case proto::Envelope::kListOwners:
        reply = run(m_services, connection, id, anyone, request.list_owners(), handleListOwners);
        break;
    case proto::Envelope::kCreateUser:
        reply = run(m_services, connection, id, admin, request.create_user(), handleCreateUser);
        break;
    case proto::Envelope::kSetUserEnabled:
        reply = run(m_services, connection, id, admin, request.set_user_enabled(), handleSetUserEnabled);
        break;
    case proto::Envelope::kResetPassword:
        reply = run(m_services, connection, id, admin, request.reset_password(), handleResetPassword);
        break;
    case proto::Envelope::kListBranches:
        reply = run(m_services, connection, id, Access::anyUser(), request.list_branches(), handleListBranches);
        break;
    case proto::Envelope::kCreateBranch:
        reply = run(m_services, connection, id, admin, request.create_branch(), handleCreateBranch);
        break;
    case proto::Envelope::kSearchCustomers:
        reply = run(m_services, connection, id, anyone, request.search_customers(), handleSearchCustomers);
        break;
    case proto::Envelope::kGetCustomer:
        reply = run(m_services, connection, id, anyone, request.get_customer(), handleGetCustomer);
        break;
    case proto::Envelope::kSaveCustomer:
        reply = run(m_services, connection, id, accountSide, request.save_customer(), handleSaveCustomer);
        break;
    case proto::Envelope::kArchiveCustomer:
        reply = run(m_services, connection, id, managers, request.archive_customer(), handleArchiveCustomer);
        break;
    case proto::Envelope::kSaveContact:
        reply = run(m_services, connection, id, anyone, request.save_contact(), handleSaveContact);
        break;
    case proto::Envelope::kArchiveContact:
        reply = run(m_services, connection, id, anyone, request.archive_contact(), handleArchiveContact);
        break;
    case proto::Envelope::kSaveInstalledProduct:
        reply = run(m_services, connection, id, anyone, request.save_installed_product(), handleSaveInstalledProduct);
        break;
    case proto::Envelope::kArchiveInstalledProduct:
        reply = run(m_services, connection, id, anyone, request.archive_installed_product(), handleArchiveInstalledProduct);
        break;
    case proto::Envelope::kSaveContract:
        reply = run(m_services, connection, id, accountSide, request.save_contract(), handleSaveContract);
        break;
    case proto::Envelope::kArchiveContract:
        reply = run(m_services, connection, id, accountSide, request.archive_contract(), handleArchiveContract);
        break;
    case proto::Envelope::kSaveActivity:
        reply = run(m_services, connection, id, anyone, request.save_activity(), handleSaveActivity);
        break;
    case proto::Envelope::kArchiveActivity:
        reply = run(m_services, connection, id, anyone, request.archive_activity(), handleArchiveActivity);
        break;
    case proto::Envelope::kListActivities:
        reply = run(m_services, connection, id, anyone, request.list_activities(), handleListActivities);
        break;
    case proto::Envelope::kGetCatalogue:
        reply = run(m_services, connection, id, anyone, request.get_catalogue(), handleGetCatalogue);
        break;
    case proto::Envelope::kSaveProductLine:
        reply = run(m_services, connection, id, admin, request.save_product_line(), handleSaveProductLine);
        break;
    case proto::Envelope::kSaveProductVersion:
        reply = run(m_services, connection, id, admin, request.save_product_version(), handleSaveProductVersion);
        break;
    case proto::Envelope::kSaveProductModule:
        reply = run(m_services, connection, id, admin, request.save_product_module(), handleSaveProductModule);
        break;
    case proto::Envelope::kStageImport:
        reply = run(m_services, connection, id, accountSide, request.stage_import(), handleStageImport);
        break;
    case proto::Envelope::kApplyImport:
        reply = run(m_services, connection, id, accountSide, request.apply_import(), handleApplyImport);
        break;
    case proto::Envelope::kListTicketCategories:
        reply = run(m_services, connection, id, anyone, request.list_ticket_categories(), handleListTicketCategories);
        break;
    case proto::Envelope::kCreateTicket:
        reply = run(m_services, connection, id, anyone, request.create_ticket(), handleCreateTicket);
        break;
    case proto::Envelope::kGetTicket:
        reply = run(m_services, connection, id, anyone, request.get_ticket(), handleGetTicket);
        break;
    case proto::Envelope::kTicketAction:
        reply = run(m_services, connection, id, anyone, request.ticket_action(), handleTicketAction);
        break;
    case proto::Envelope::kAddTicketNote:
        reply = run(m_services, connection, id, anyone, request.add_ticket_note(), handleAddTicketNote);
        break;
    case proto::Envelope::kListTickets:
        reply = run(m_services, connection, id, anyone, request.list_tickets(), handleListTickets);
        break;
    case proto::Envelope::kUpdateTicket:
        reply = run(m_services, connection, id, anyone, request.update_ticket(), handleUpdateTicket);
        break;
    case proto::Envelope::kSaveTicketCategory:
        reply = run(m_services, connection, id, admin, request.save_ticket_category(), handleSaveTicketCategory);
        break;
    case proto::Envelope::kWatchEvents:
        reply = run(m_services, connection, id, anyone, request.watch_events(), handleWatchEvents);
        break;
    case proto::Envelope::kSuggestTicketCategories:
        reply = run(m_services, connection, id, anyone, request.suggest_ticket_categories(), handleSuggestTicketCategories);
        break;
    case proto::Envelope::kListAssignees:
        reply = run(m_services, connection, id, anyone, request.list_assignees(), handleListAssignees);
        break;
    case proto::Envelope::kGetServiceSettings:
        reply = run(m_services, connection, id, anyone, request.get_service_settings(), handleGetServiceSettings);
        break;
    case proto::Envelope::kSaveServiceSettings:
        reply = run(m_services, connection, id, admin, request.save_service_settings(), handleSaveServiceSettings);
        break;
    case proto::Envelope::kGetCalendarYear:
        reply = run(m_services, connection, id, anyone, request.get_calendar_year(), handleGetCalendarYear);
        break;
    case proto::Envelope::kSaveCalendarYear:
        reply = run(m_services, connection, id, admin, request.save_calendar_year(), handleSaveCalendarYear);
        break;
    case proto::Envelope::kSaveAppointment:
        reply = run(m_services, connection, id, serviceSide, request.save_appointment(), handleSaveAppointment);
        break;
    case proto::Envelope::kAppointmentAction:
        reply = run(m_services, connection, id, serviceSide, request.appointment_action(), handleAppointmentAction);
        break;
    case proto::Envelope::kListAppointments:
        reply = run(m_services, connection, id, anyone, request.list_appointments(), handleListAppointments);
        break;
    case proto::Envelope::kGetEngineerProfile:
        reply = run(m_services, connection, id, serviceSide, request.get_engineer_profile(), handleGetEngineerProfile);
        break;
    case proto::Envelope::kSaveEngineerProfile:
        reply = run(m_services, connection, id, managers, request.save_engineer_profile(), handleSaveEngineerProfile);
        break;
    case proto::Envelope::kRecommendAssignees:
        reply = run(m_services, connection, id, managers, request.recommend_assignees(), handleRecommendAssignees);
        break;
    case proto::Envelope::kGetRosterWeek:
        reply = run(m_services, connection, id, anyone, request.get_roster_week(), handleGetRosterWeek);
        break;
    case proto::Envelope::kSaveRoster:
        reply = run(m_services, connection, id, managers, request.save_roster(), handleSaveRoster);
        break;
    case proto::Envelope::kListDutyToday:
        reply = run(m_services, connection, id, anyone, request.list_duty_today(), handleListDutyToday);
        break;
    case proto::Envelope::kSearchKbArticles:
        reply = run(m_services, connection, id, anyone, request.search_kb_articles(), handleSearchKbArticles);
        break;
    case proto::Envelope::kGetKbArticle:
        reply = run(m_services, connection, id, anyone, request.get_kb_article(), handleGetKbArticle);
        break;
    case proto::Envelope::kSaveKbArticle:
        reply = run(m_services, connection, id, knowledgeWriters, request.save_kb_article(), handleSaveKbArticle);
        break;
    case proto::Envelope::kArchiveKbArticle:
        reply = run(m_services, connection, id, knowledgeWriters, request.archive_kb_article(), handleArchiveKbArticle);
        break;
    case proto::Envelope::kSuggestKbArticles:
        reply = run(m_services, connection, id, anyone, request.suggest_kb_articles(), handleSuggestKbArticles);
        break;
    case proto::Envelope::kRecordKbUse:
        reply = run(m_services, connection, id, anyone, request.record_kb_use(), handleRecordKbUse);
        break;
    case proto::Envelope::kListTicketKbArticles:
        reply = run(m_services, connection, id, anyone, request.list_ticket_kb_articles(), handleListTicketKbArticles);
        break;
    case proto::Envelope::kListCallbacks:
        reply = run(m_services, connection, id, anyone, request.list_callbacks(), handleListCallbacks);
        break;
    case proto::Envelope::kRecordCallback:
        reply = run(m_services, connection, id, serviceSide, request.record_callback(), handleRecordCallback);
        break;
    case proto::Envelope::kGetCallbackSettings:
        reply = run(m_services, connection, id, anyone, request.get_callback_settings(), handleGetCallbackSettings);
        break;
    case proto::Envelope::kSaveCallbackSettings:
        reply = run(m_services, connection, id, admin, request.save_callback_settings(), handleSaveCallbackSettings);
        break;
    case proto::Envelope::kListComplaints:
        reply = run(m_services, connection, id, anyone, request.list_complaints(), handleListComplaints);
        break;
    case proto::Envelope::kOpenComplaint:
        reply = run(m_services, connection, id, managers, request.open_complaint(), handleOpenComplaint);
        break;
    case proto::Envelope::kComplaintAction:
        reply = run(m_services, connection, id, managers, request.complaint_action(), handleComplaintAction);
        break;
    case proto::Envelope::kServiceReport:
        reply = run(m_services, connection, id, managers, request.service_report(), handleServiceReport);
        break;
    case proto::Envelope::kServiceReportReply:
    case proto::Envelope::kListCallbacksReply:
    case proto::Envelope::kRecordCallbackReply:
    case proto::Envelope::kCallbackSettings:
    case proto::Envelope::kListComplaintsReply:
    case proto::Envelope::kComplaintReply:
    case proto::Envelope::kEngineerProfileReply:
    case proto::Envelope::kRecommendAssigneesReply:
    case proto::Envelope::kAppointmentReply:
    case proto::Envelope::kListAppointmentsReply:
    case proto::Envelope::kServiceSettings:
    case proto::Envelope::kCalendarYear:
    case proto::Envelope::kRosterWeek:
    case proto::Envelope::kListDutyTodayReply:
    case proto::Envelope::kSearchKbArticlesReply:
    case proto::Envelope::kKbArticleReply:
    case proto::Envelope::kSuggestKbArticlesReply:
    case proto::Envelope::kListTicketKbArticlesReply:
    case proto::Envelope::kEvent:
    case proto::Envelope::kSuggestTicketCategoriesReply:
    case proto::Envelope::kListAssigneesReply:
    case proto::Envelope::kListTicketCategoriesReply:
    case proto::Envelope::kTicketReply:
    case proto::Envelope::kListTicketsReply:
    case proto::Envelope::kHelloReply:
    case proto::Envelope::kError:
    case proto::Envelope::kOk:
    case proto::Envelope::kPingReply:
    case proto::Envelope::kLoginReply:
    case proto::Envelope::kWhoAmIReply:
    case proto::Envelope::kListUsersReply:
    case proto::Envelope::kUserReply:
    case proto::Envelope::kListBranchesReply:
    case proto::Envelope::kBranchReply:
    case proto::Envelope::kSearchCustomersReply:
    case proto::Envelope::kCustomer360Reply:
    case proto::Envelope::kCustomerReply:
    case proto::Envelope::kContactReply:
    case proto::Envelope::kInstalledProductReply:
    case proto::Envelope::kContractReply:
    case proto::Envelope::kActivityReply:
    case proto::Envelope::kListActivitiesReply:
    case proto::Envelope::kCatalogueReply:
    case proto::Envelope::kStageImportReply:
    case proto::Envelope::kApplyImportReply:
        reply = notARequest(id);
        break;
    case proto::Envelope::PAYLOAD_NOT_SET:
        // Also what a newer client's unknown message looks like to this server.
        spdlog::info("unknown or empty message");
        reply = errorEnvelope(id, proto::BAD_REQUEST, "unknown or empty message");
        break;
    }
    reply.set_request_id(id);
    return reply;
}

}  // namespace laoke::handlers
