#pragma once
// Shown inside an edit dialog when saving failed because someone else saved the record
// first (CONFLICT): who changed it and when, and which fields now differ from what this
// user typed, side by side ("yours" / "saved now"), with the two ways out: reload the saved
// record and discard the typing, or keep editing and save over it knowingly.

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace laoke::ui {

/// One field of a record as a person reads it: protocol field name, label, display value.
struct FieldValue {
    QString field;
    QString label;
    QString value;
};
using FieldValues = QList<FieldValue>;

class ConflictPanel : public QFrame {
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget* parent = nullptr);

    /// Shows the conflict: `who` says who changed the record (already translated); the
    /// table lists every field where `mine` and `theirs` differ, marking the ones the other
    /// person changed (their value differs from `base`, what this dialog started from).
    void showConflict(const QString& who, const FieldValues& base, const FieldValues& mine, const FieldValues& theirs);
    /// The record is gone (archived or deleted): only closing makes sense.
    void showGone(const QString& text);
    /// The labels of the fields listed as different, for tests.
    QStringList differingFields() const;

signals:
    void reloadRequested();
    void keepEditingRequested();

private:
    QLabel* m_text;
    QTableWidget* m_table;
    QPushButton* m_reload;
    QPushButton* m_keepEditing;
};

}  // namespace laoke::ui
