#pragma once
// "My account": who is logged in (name, user name, role, branch, server) and the one thing
// every user can do here, changing the own password.

#include <QWidget>

class QLabel;
class QPushButton;

namespace laoke::client {
class SessionModel;
}

namespace laoke::ui {

class AccountView : public QWidget {
    Q_OBJECT
public:
    explicit AccountView(client::SessionModel& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateValues();
    void openChangePassword();

    client::SessionModel& m_session;
    QLabel* m_heading;
    QLabel* m_notice;
    QList<QLabel*> m_captions;
    QLabel* m_displayName;
    QLabel* m_username;
    QLabel* m_role;
    QLabel* m_branch;
    QLabel* m_server;
    QPushButton* m_changePassword;
};

}  // namespace laoke::ui
