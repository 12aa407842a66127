#pragma once

#include "domain/checklist/checklistinstance.h"
#include "domain/checklist/checklistpassrule.h"

#include <QFrame>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cs::ui {

// One item of a checklist at one basin position, as a row of the checklist screen: its id and words,
// the expected value from the configuration and the packing quantity beside it, and the input its type
// asks for, with large targets (rows of 48 px): a tick (check), big toggle buttons (passFail, yesNo,
// choice), ticks per option (multiCheck, with "None"), a line (text, serial, initials, number with its
// limits, date), "N/A" with a reason where the form allows it, the description of "Other". An item the
// configuration rules out is shown greyed with the reason in words and takes no input. A section's
// "section verified" tick is a row of its own (sectionCheck()).
//
// Every change the person makes is given at once (answerGiven); Enter in the row (a wedge scanner ends
// a serial with it) asks for the next item (advance), Space ticks. Below the words the row says what
// became of its answer (saving, saved by whom and when, waiting for the connection, refused).
class ChecklistItemWidget final : public QFrame
{
    Q_OBJECT
public:
    enum class State { None, Saving, Saved, Waiting, Refused, Conflict };

    ChecklistItemWidget(const domain::ChecklistEntry& entry, QWidget* parent = nullptr);
    // The section check of a section at a position.
    static ChecklistItemWidget* sectionCheck(const QString& sectionId, int position, QWidget* parent = nullptr);
    ~ChecklistItemWidget() override;

    const domain::ChecklistAnswerKey& key() const { return m_key; }
    // The number the paper form gives the item ("S2.3", "H.2"), shown before its words; the template's
    // id until it is set.
    void setNumber(const QString& number);
    QString number() const { return m_number; }
    domain::ChecklistItemType type() const { return m_entry.item.type; }
    const domain::ChecklistEntry& entry() const { return m_entry; }
    bool applies() const { return m_entry.applies; }
    bool isRequired() const { return m_entry.isRequired() || m_sectionCheck; }

    // Shows an answer (nullopt: none) without giving it.
    void setAnswer(const std::optional<domain::ChecklistAnswer>& answer);
    // What the row shows now.
    std::optional<domain::ChecklistAnswer> answer() const { return m_answer; }
    void setState(State state, const QString& text = {});
    State state() const { return m_state; }
    QString stateText() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Moves the keyboard focus to the row's first input; false when it has none (N/A by configuration,
    // read-only).
    bool focusInput();
    bool hasInputFocus() const;
    // True while one of the row's lines has the focus (its text is given when it is left).
    bool isTyping() const;
    // Gives what is typed in the line that has the focus now (the window closes before it is left).
    void commitTyping();

    // For tests and for the keyboard: the row's inputs.
    QCheckBox* checkBox() const { return m_check; }
    QList<QAbstractButton*> optionButtons() const;
    QLineEdit* lineEdit() const { return m_line; }
    QPushButton* naButton() const { return m_naButton; }
    QLineEdit* naReasonEdit() const { return m_naReason; }
    QLineEdit* otherEdit() const { return m_otherText; }
    // The measured values the item takes (its captureOptional labels), each a line with its limits
    // beside it; nullptr for a label the item has not.
    QLineEdit* readingEdit(const QString& label) const;
    // Why the readings fail the item ("reading C 45 is outside 38 to 42 C: the test fails"); empty when
    // they do not.
    QString readingProblemText() const;

signals:
    void answerGiven(const cs::domain::ChecklistAnswerKey& key, const cs::domain::ChecklistAnswer& answer);
    // Enter in the row: the next item, please.
    void advance();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showStateText();   // the state line, reserved (blank) on an item that can still be answered
    struct SectionCheckTag
    {
    };
    ChecklistItemWidget(const domain::ChecklistEntry& entry, SectionCheckTag, QWidget* parent);
    void build();
    void buildInput(QHBoxLayout* top, QVBoxLayout* outer);
    void give(const domain::ChecklistAnswer& answer);
    void giveFromInputs();
    void commitLine();
    void commitNa();
    // The readings typed, when they all read as numbers (else nullopt, and the row says which does not).
    std::optional<QMap<QString, double>> typedReadings();
    // A reading outside its limits makes a PASS a FAIL, and the row says why.
    void applyReadingRule(domain::ChecklistAnswer* answer);
    void showReadingProblem();
    void showAnswer();
    void updateInputsEnabled();
    void updateOtherVisible();
    void retranslate();
    void watchKeys(QWidget* w);
    QString currentChoice() const;
    void updateIdWidth();

    domain::ChecklistEntry m_entry;
    domain::ChecklistAnswerKey m_key;
    QString m_number;
    bool m_sectionCheck = false;
    std::optional<domain::ChecklistAnswer> m_answer;
    State m_state = State::None;
    QString m_stateDetail;
    bool m_readOnly = false;
    bool m_showing = false;   // setAnswer is filling the inputs: no answer is given

    QLabel* m_idLabel = nullptr;
    QWidget* m_rowIndent = nullptr;     // below the number: the inputs and notes line up with the words
    QWidget* m_notesIndent = nullptr;
    QLabel* m_textLabel = nullptr;
    QLabel* m_detailLabel = nullptr;   // expected, quantity, limits, N/A reason of the configuration
    QLabel* m_stateLabel = nullptr;
    QCheckBox* m_check = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QCheckBox*> m_multi;
    QCheckBox* m_none = nullptr;
    QLineEdit* m_line = nullptr;
    QLineEdit* m_otherText = nullptr;
    QPushButton* m_naButton = nullptr;
    QLineEdit* m_naReason = nullptr;
    QList<std::pair<QString, QLineEdit*>> m_readings;   // captureOptional label, its line
    QList<QLabel*> m_readingLabels;
    QLabel* m_readingProblem = nullptr;
};

} // namespace cs::ui
