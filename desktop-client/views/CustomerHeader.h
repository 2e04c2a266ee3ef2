#pragma once
// The top of a customer's 360 window: the name with its grade (or 未评级) and status as
// badges, and the essentials in a compact grid: code, short name, branch, account manager,
// location, industry, size, credit code, address, and who changed the record last.

#include "laoke.pb.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace laoke::ui {

class CustomerHeader : public QFrame {
    Q_OBJECT
public:
    explicit CustomerHeader(QWidget* parent = nullptr);

    void setCustomer(const protocol::Customer& customer);
    /// Shown before the first load ("Loading…").
    void setPlaceholder(const QString& text);
    /// The value shown for a field ("code", "short_name", "branch", "owner", "location",
    /// "industry", "size", "credit_code", "grade", "status"), for tests.
    QString value(const QString& field) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* addItem(const QString& field, int row, int column);

    protocol::Customer m_customer;
    QLabel* m_name;
    QLabel* m_grade;
    QLabel* m_status;
    QLabel* m_archived;
    QLabel* m_footer;
    QGridLayout* m_grid;
    QList<QLabel*> m_captions;
    QList<QLabel*> m_values;
};

}  // namespace laoke::ui
