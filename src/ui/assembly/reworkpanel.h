#pragma once

#include "data/assembly/assemblyrepository.h"
#include "data/orders/documentrepository.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace cs::data {
class Session;
}

namespace cs::ui {

// The rework step of the assembler's bench (a build in ReworkPreQC or ReworkFinalQC):
//   why it failed   the signed QC FAIL: reason, category, severity, who and when, the items it found;
//   the rework      notes (10 characters at least), for a Final QC rework the end-of-line test
//                   procedures and packing list items it touched (a checkable list), photos (order
//                   documents of the build), then "Rework done" (cs.record_rework);
//   afterwards      the packing items it touched, each confirmed again (a checkable list), and "Return
//                   to Final QC", enabled when the server has nothing left to ask (its reasons below
//                   the button otherwise: the test to repeat, the items to confirm).
// A Pre-QC rework, or one that touched nothing to repeat, goes back to QC with "Rework done". Every
// write goes through AssemblyRepository on the session's worker; the bench reads the state again after
// each (changed()).
class ReworkPanel final : public QWidget
{
    Q_OBJECT
public:
    ReworkPanel(data::Session* session, const QString& orderId, QWidget* parent = nullptr);

    // The build as the server last said; `mayWork`: the person may do the rework (the claimant, a
    // coordinator or an admin; the server checks it again).
    void setState(const data::AssemblyState& state, bool mayWork);
    // The bench is loading or writing: the panel's actions wait.
    void setOuterBusy(bool busy);

    QPlainTextEdit* notesEdit() const { return m_notes; }
    QListWidget* touchedList() const { return m_touched; }
    QListWidget* confirmList() const { return m_confirm; }
    QPushButton* photoButton() const { return m_photoButton; }
    QPushButton* doneButton() const { return m_doneButton; }
    QPushButton* returnButton() const { return m_returnButton; }
    QString failureText() const;
    QString doneReasonText() const;
    QString returnReasonText() const;
    QStringList photoNames() const { return m_photoNames; }

public slots:
    // Asks for a file, then attaches it as a photo of the rework.
    bool askAddPhoto();
    bool addPhoto(const QString& path);
    // Asks for confirmation (what will happen), then records the rework.
    bool askRecord();
    bool record();
    bool returnToQc();

signals:
    // The rework's records or the build changed: the bench reads the state again. `moved`: the build
    // left its rework status.
    void changed(bool moved);
    void message(const QString& text, bool error);
    // A write failed (the bench says why and reloads where it helps).
    void failed(const cs::data::DbError& error, const QString& what);
    void photoAttached(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Heights of the lists and the notes in rows of the font and the mode (shop-floor) of the moment.
    void updateMetrics();
    void setBusy(bool busy);
    bool busy() const { return m_busy || m_outerBusy; }
    void rebuildLists();
    void updateActions();
    void confirmItem(QListWidgetItem* item);
    QString notesProblem() const;

    data::Session* m_session;
    data::AssemblyRepository m_repo;
    data::DocumentRepository m_documents;
    QString m_orderId;
    std::optional<data::AssemblyState> m_state;
    bool m_mayWork = false;
    bool m_busy = false;
    bool m_outerBusy = false;
    bool m_filling = false;   // the lists are being rebuilt: their changes are not the person's
    QStringList m_photoIds;
    QStringList m_photoNames;
    QString m_listsFor;       // the failure the touched list was made for (a reload keeps the ticks)

    QLabel* m_failure;
    QListWidget* m_failedItems;
    QLabel* m_records;
    QWidget* m_afterBox;
    QPushButton* m_moreButton;
    QWidget* m_recordBox;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_touchedLabel;
    QListWidget* m_touched;
    QPushButton* m_photoButton;
    QLabel* m_photos;
    QPushButton* m_doneButton;
    QLabel* m_doneReason;
    QLabel* m_confirmLabel;
    QListWidget* m_confirm;
    QPushButton* m_returnButton;
    QLabel* m_returnReason;
};

} // namespace cs::ui
