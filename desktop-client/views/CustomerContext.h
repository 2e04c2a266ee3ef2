#pragma once
// What the customer screens (the list, every 360 window and their dialogs) share for one
// logged-in session: the session, the prompter for confirmations, and the lookups loaded
// once (product catalogue, branches, owners). The customer list owns them.

namespace laoke::client {
class BranchListModel;
class OwnerChoices;
class ProductCatalogue;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class Prompter;

struct CustomerContext {
    client::SessionModel& session;
    Prompter& prompter;
    client::ProductCatalogue& catalogue;
    client::BranchListModel& branches;
    client::OwnerChoices& owners;
};

}  // namespace laoke::ui
