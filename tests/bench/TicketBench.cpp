// laoke-bench-tickets: latency of the service desk's requests against a running laoke-server
// with a large book (and, for the lists to mean something, many tickets): opening a ticket
// for a caller, reading it with its history and SLA clocks, correcting it, taking it, starting, resolving,
// closing, and the lists a board and a workbench show. Run it as a branch manager, who may do
// every step. Measured at the client over real TLS; the server's own share is smaller.
//
//   laoke-bench-tickets HOST:PORT USER PASSWORD [ROUNDS]

#include "BenchSupport.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace proto = laoke::protocol;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    laoke::bench::BenchSession session = laoke::bench::openBenchSession(argc, argv);
    const std::int64_t me = session.login.login_reply().user().id();
    const int rounds = session.rounds;
    auto timed = [&](std::vector<double>& times, const proto::Envelope& request) {
        const auto start = Clock::now();
        const auto reply = session.call(request);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        return reply;
    };

    // Customers spread over the user's part of the book.
    std::mt19937 random(20261130);
    std::vector<std::int64_t> customers;
    for (const auto& row : laoke::bench::sampleCustomers(session, random, 400)) customers.push_back(row.id());

    std::printf("%d rounds per kind; client-side milliseconds over TLS\n\n", rounds);
    std::printf("| request                        | count |   p50   |   p95   |   p99   |   max   | rows/reply |\n");
    std::printf("|--------------------------------|-------|---------|---------|---------|---------|------------|\n");

    // One ticket's whole life per round, each step timed.
    std::vector<double> create, get, correct, assign, start, resolve, close;
    for (int i = 0; i < rounds; ++i) {
        proto::Envelope opening;
        auto* ticket = opening.mutable_create_ticket()->mutable_ticket();
        ticket->set_customer_id(customers[random() % customers.size()]);
        ticket->set_channel("hotline");
        ticket->set_subject("月末结账提示凭证未记账");
        proto::TicketReply current = timed(create, opening).ticket_reply();

        proto::Envelope read;
        read.mutable_get_ticket()->set_ticket_id(current.ticket().id());
        current = timed(get, read).ticket_reply();

        // The cause becomes clear: subject and category corrected, the priority raised.
        proto::Envelope correction;
        auto* update = correction.mutable_update_ticket();
        update->set_ticket_id(current.ticket().id());
        update->set_expected_version(current.ticket().version());
        *update->mutable_ticket() = current.ticket();
        update->mutable_ticket()->set_subject("月末结账提示凭证未审核（已确认原因）");
        update->mutable_ticket()->set_priority("high");
        current = timed(correct, correction).ticket_reply();

        auto act = [&](std::vector<double>& times, const char* action, const char* note) {
            proto::Envelope request;
            auto* a = request.mutable_ticket_action();
            a->set_ticket_id(current.ticket().id());
            a->set_expected_version(current.ticket().version());
            a->set_action(action);
            if (std::string(action) == "assign") a->set_assignee_id(me);
            a->set_note(note);
            current = timed(times, request).ticket_reply();
        };
        act(assign, "assign", "");
        act(start, "start", "");
        act(resolve, "resolve", "审核并记账后结账成功");
        act(close, "close", "");
    }
    laoke::bench::report("open a ticket", create, 1);
    laoke::bench::report("read a ticket (history, SLA)", get, 1);
    laoke::bench::report("correct it (subject, priority)", correct, 1);
    laoke::bench::report("take it (assign)", assign, 1);
    laoke::bench::report("start", start, 1);
    laoke::bench::report("resolve", resolve, 1);
    laoke::bench::report("close", close, 1);

    auto listBench = [&](const char* name, const std::function<void(proto::ListTicketsRequest&)>& shape) {
        std::vector<double> times;
        std::size_t rows = 0;
        for (int i = 0; i < rounds; ++i) {
            proto::Envelope request;
            auto* list = request.mutable_list_tickets();
            list->set_limit(50);
            shape(*list);
            rows += static_cast<std::size_t>(timed(times, request).list_tickets_reply().tickets_size());
        }
        laoke::bench::report(name, times, static_cast<double>(rows) / static_cast<double>(times.size()));
    };
    listBench("list: open tickets, 50", [](proto::ListTicketsRequest& list) { list.set_open_only(true); });
    listBench("list: all tickets, 50", [](proto::ListTicketsRequest&) {});
    listBench("list: mine, 50", [](proto::ListTicketsRequest& list) { list.set_mine(true); });
    listBench("list: one customer's", [&](proto::ListTicketsRequest& list) {
        list.set_customer_id(customers[random() % customers.size()]);
    });

    // The day plans: the branch's visits today and the next fortnight (the board's engineer
    // list and a branch day), each with the road legs the server works out (rows/reply: visits).
    auto visitsBench = [&](const char* name, int days) {
        std::vector<double> times;
        std::size_t rows = 0;
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
        const std::int64_t midnight = (now.count() + 8 * 3600) / 86400 * 86400 - 8 * 3600;  // today in China
        for (int i = 0; i < rounds; ++i) {
            proto::Envelope request;
            auto* list = request.mutable_list_appointments();
            list->set_whole_branch(true);
            list->set_from_unix(midnight);
            list->set_to_unix(midnight + days * 86400);
            rows += static_cast<std::size_t>(timed(times, request).list_appointments_reply().appointments_size());
        }
        laoke::bench::report(name, times, static_cast<double>(rows) / static_cast<double>(times.size()));
    };
    visitsBench("visits: branch today, legs", 1);
    visitsBench("visits: branch 14 days, legs", 14);

    // The reports page: the branch's figures for a month, a quarter and a year (rows/reply
    // is the tickets the report counted).
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() + std::chrono::hours(8));
    auto iso = [](std::chrono::sys_days day) {
        const std::chrono::year_month_day date(day);
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                      static_cast<unsigned>(date.day()));
        return std::string(text);
    };
    auto reportBench = [&](const char* name, int days) {
        std::vector<double> times;
        std::size_t counted = 0;
        for (int i = 0; i < rounds; ++i) {
            proto::Envelope request;
            auto* report = request.mutable_service_report();
            report->set_from_date(iso(today - std::chrono::days(days - 1)));
            report->set_to_date(iso(today));
            const auto reply = timed(times, request);
            if (reply.service_report_reply().groups_size() > 0) counted += reply.service_report_reply().groups(0).resolved();
        }
        laoke::bench::report(name, times, static_cast<double>(counted) / static_cast<double>(times.size()));
    };
    reportBench("report: last 30 days", 30);
    reportBench("report: last 92 days", 92);
    reportBench("report: last 366 days", 366);
    return 0;
}
