#pragma once
// What a demo ticket says: its subject, the description the desk wrote down and the solution
// the engineer recorded, in the words of the demo knowledge base (DemoKb*.cpp). A ticket of a
// sub-category draws one of that sub-category's articles written for the customer's product
// line (or for every line), so a U8+ customer's ticket never quotes a T3 menu; where the base
// has none, a plainer text built from the category's name stands in.

#include "demo/DemoRandom.h"

#include <string>
#include <string_view>

namespace laoke::demo {

struct TicketText {
    std::string subject;
    std::string description;
    std::string solution;
    std::string_view article;  ///< the title of the demo article the text follows; "" when none does
};

/// `categoryCode`/`categoryName`: the sub-category (V0009 code and 中文 name); `lineCode` and
/// `lineName`: the installed product's line ("" when the ticket names none); `channel` as in
/// tickets.channel.
TicketText demoTicketText(DemoRandom& random, std::string_view categoryCode, std::string_view categoryName,
                          std::string_view lineCode, std::string_view lineName, std::string_view channel);

/// A short note the engineer adds while working (a wait for the customer, a hand-over).
std::string_view demoWaitNote(DemoRandom& random);
std::string_view demoReassignNote(DemoRandom& random);

/// What a customer says on a callback for a 1-5 score, and what the manager wrote when
/// resolving a complaint.
std::string_view demoCallbackComment(DemoRandom& random, int satisfaction);
std::string_view demoComplaintResolution(DemoRandom& random);

}  // namespace laoke::demo
