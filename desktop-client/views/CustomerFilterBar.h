#pragma once
// The filters above the customer list: branch (administrators only: everyone else sees
// only their own branch anyway), account manager, industry, region, status, product line
// (from the catalogue) and service state, each "all" by default, plus "Clear filters".

#include "laoke.pb.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace laoke::ui {

struct CustomerContext;

class CustomerFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFilterBar(CustomerContext& context, QWidget* parent = nullptr);

    /// Writes the chosen filters into `filter` (its text is left alone).
    void applyTo(protocol::CustomerFilter& filter) const;
    /// True when any filter is set.
    bool isActive() const;
    /// Sets every filter back to "all" (emits changed once).
    void clear();

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillBranches();
    void fillOwners();
    void fillProductLines();
    QComboBox* addCombo(const QString& objectName);

    CustomerContext& m_context;
    bool m_isAdmin;
    QComboBox* m_branch = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_productLine = nullptr;
    QComboBox* m_service = nullptr;
    QPushButton* m_clear = nullptr;
};

}  // namespace laoke::ui
