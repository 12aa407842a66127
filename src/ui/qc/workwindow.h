#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cs::ui {

class FlowLayout;

// The top of a build's work window (the QC checklist, the assembler's bench): a large bold title
// (1.4 times the window's font, following it when shop-floor mode changes while the window is open),
// a subtitle that wraps (the order, its status, the form), and a row of actions that flows onto a
// further line when the window is narrow. setTexts() also names the window. The work window itself
// (install()): Ctrl+W and Esc close it, and it takes the room of its screen when first shown.
class WorkWindowHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkWindowHeader(QWidget* page);

    // The title (also the page's window title) and the subtitle below it.
    void setTexts(const QString& title, const QString& subtitle);
    void addAction(QPushButton* button);
    QLabel* titleLabel() const { return m_title; }
    QLabel* subtitleLabel() const { return m_subtitle; }

    // Makes `page` a work window once it is one (a window opened from the main window): Ctrl+W and Esc
    // close it (a shop-floor PC has no window manager's close button), and on its first showing it
    // takes the available room of the screen it opens on. Inside another window (the bench holds
    // checklist pages) the keys are the outer window's.
    static void install(QWidget* page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();

    QWidget* m_page;
    QLabel* m_title;
    QLabel* m_subtitle;
    QWidget* m_actions;
    FlowLayout* m_actionsLayout;
};

} // namespace cs::ui
