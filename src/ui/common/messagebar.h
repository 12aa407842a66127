#pragma once

#include <QColor>
#include <QFrame>
#include <QString>

class QLabel;

namespace cs::ui {

// The one widget for an inline message in a window or dialog: an error, a warning or a note, with
// the kind's icon, word-wrapped and selectable (so it can be copied into a support request). Its
// colours come from the application palette, tinted by the kind in one place (kindColor), never from
// a style sheet; they follow a palette change. Hidden while it has no message. In a dialog too small
// for a message of several lines, the dialog grows to show it (makeRoom).
//
// In a Designer form: a QFrame promoted to cs::ui::MessageBar (header "ui/common/messagebar.h").
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showWarning(const QString& text) { showMessage(Kind::Warning, text); }
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    // Empties and hides it.
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

    // The colour that stands for a kind (the icon's tint, the background's tint, the text of a status-bar
    // word such as "No connection"), made to read well on `palette`'s window colour.
    static QColor kindColor(Kind kind, const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyLook();
    // From the event loop, once the layouts know the new text: when the message does not fit and the bar
    // is in a dialog, the dialog grows to the height its content needs (never shrinks). A layout's
    // minimum does not count wrapped lines, so a compact dialog would otherwise squeeze its fields and
    // cut the message's last lines. A bar inside the main window is left to that window's layout.
    void makeRoom();

    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Kind::Info;
    bool m_applying = false;
};

} // namespace cs::ui
