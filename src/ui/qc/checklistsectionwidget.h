#pragma once

#include "domain/checklist/checklistinstance.h"

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace cs::ui {

class ChecklistItemWidget;

// One section of a checklist at one position, collapsible: a header button (its title, "Basin 2" for
// a section repeated per basin, "N/A" with the reason for a basin the build does not have) and its item
// rows, then its "section verified" tick where the form has one and its initials where the form asks
// for them. An absent basin starts collapsed.
class ChecklistSectionWidget final : public QFrame
{
    Q_OBJECT
public:
    ChecklistSectionWidget(const domain::ChecklistSectionInstance& section, bool wantsInitials, QWidget* parent = nullptr);
    ~ChecklistSectionWidget() override;

    const domain::ChecklistSectionInstance& section() const { return m_section; }
    void addItem(ChecklistItemWidget* item);
    const QList<ChecklistItemWidget*>& items() const { return m_items; }
    QToolButton* headerButton() const { return m_header; }
    // The section's initials (nullptr when the form asks for none).
    QLineEdit* initialsEdit() const { return m_initials; }

    void setExpanded(bool expanded);
    bool isExpanded() const;
    // "7 of 9" beside the title.
    void setProgress(int answered, int applicable);

    // The title as shown beside the arrow.
    QString titleText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateFonts();

    domain::ChecklistSectionInstance m_section;
    QToolButton* m_header;   // the arrow
    QLabel* m_title;
    QLabel* m_progress;
    QWidget* m_body;
    QVBoxLayout* m_bodyLayout;
    QLineEdit* m_initials = nullptr;
    QLabel* m_initialsLabel = nullptr;
    QList<ChecklistItemWidget*> m_items;
};

} // namespace cs::ui
