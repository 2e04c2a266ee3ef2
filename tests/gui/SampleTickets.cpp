#include "SampleTickets.h"

#include <algorithm>

#include "CustomerTestData.h"

#include <stdexcept>

namespace laoke::test {

qint64 categoryIdByCode(client::Connection& connection, const std::string& code) {
    protocol::Envelope request;
    request.mutable_list_ticket_categories();
    const protocol::Envelope reply = expectOk(connection, request, "list_ticket_categories");
    for (const protocol::TicketCategory& category : reply.list_ticket_categories_reply().categories()) {
        if (category.code() == code) return category.id();
    }
    throw std::runtime_error("no ticket category " + code);
}

protocol::Ticket openTicket(client::Connection& connection, qint64 customerId, const std::string& subject,
                            const std::string& categoryCode, const std::string& priority, const std::string& channel) {
    protocol::Envelope request;
    protocol::Ticket* ticket = request.mutable_create_ticket()->mutable_ticket();
    ticket->set_customer_id(customerId);
    ticket->set_subject(subject);
    ticket->set_channel(channel);
    ticket->set_priority(priority);
    if (!categoryCode.empty()) ticket->set_category_id(categoryIdByCode(connection, categoryCode));
    return expectOk(connection, request, "create_ticket").ticket_reply().ticket();
}

protocol::Ticket actOn(client::Connection& connection, const protocol::Ticket& ticket, const std::string& action,
                       qint64 assigneeId, const std::string& note) {
    protocol::Envelope request;
    auto* act = request.mutable_ticket_action();
    act->set_ticket_id(ticket.id());
    act->set_expected_version(ticket.version());
    act->set_action(action);
    act->set_assignee_id(assigneeId);
    act->set_note(note);
    return expectOk(connection, request, "ticket_action").ticket_reply().ticket();
}

void createSampleTickets(client::Connection& engineer, qint64 engineerId, qint64 customerId) {
    const auto resolved = [&](const std::string& subject, const std::string& category, const std::string& solution) {
        protocol::Ticket t = openTicket(engineer, customerId, subject, category);
        t = actOn(engineer, t, "assign", engineerId);
        t = actOn(engineer, t, "start");
        t = actOn(engineer, t, "resolve", 0, solution);
        // Closed by the owner unless a callback waits: then recording the callback closes it.
        protocol::Envelope get;
        get.mutable_get_ticket()->set_ticket_id(t.id());
        const protocol::Envelope shown = expectOk(engineer, get, "get_ticket");
        const auto& allowed = shown.ticket_reply().allowed_actions();
        if (std::find(allowed.begin(), allowed.end(), "close") != allowed.end()) actOn(engineer, t, "close");
    };
    resolved("月末结账提示有凭证未审核", "month_end.unposted", "在凭证查询中筛选未审核凭证，审核记账后再结账");
    resolved("结账时提示本月还有凭证未记账", "month_end.unposted", "批量记账后重新结账");
    resolved("月末结账检查不通过，提示凭证未审核", "month_end.unposted", "出纳签字和审核后结账成功");
    resolved("加密狗插上后检测不到", "licence.dongle", "重装加密狗驱动，换USB口后识别");
    resolved("年结后期初余额不平", "year_end.carry_forward_failed", "重新结转上年数据");

    protocol::Ticket working = openTicket(engineer, customerId, "UFO报表取数公式不对，利润表为零", "reports.formula", "high");
    working = actOn(engineer, working, "assign", engineerId);
    actOn(engineer, working, "start");
    protocol::Ticket waiting = openTicket(engineer, customerId, "换新服务器后需要迁移账套", "installation.migration");
    waiting = actOn(engineer, waiting, "assign", engineerId);
    waiting = actOn(engineer, waiting, "start");
    actOn(engineer, waiting, "wait");
    openTicket(engineer, customerId, "数电票接口报错，发票无法导入", "invoices.digital", "urgent");
    openTicket(engineer, customerId, "新来的会计需要操作培训", "training.new_accountant", "consult", "wechat");
}

void setCallbackSample(client::Connection& admin, int percent)
{
    protocol::Envelope read;
    read.mutable_get_callback_settings();
    const qint64 version = expectOk(admin, read, "get_callback_settings").callback_settings().version();
    protocol::Envelope save;
    save.mutable_save_callback_settings()->set_sample_percent(percent);
    save.mutable_save_callback_settings()->set_expected_version(version);
    expectOk(admin, save, "save_callback_settings");
}

}  // namespace laoke::test
