#pragma once

#include "data/common/dberror.h"
#include "domain/common/scanpayload.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RecordDialog;
}

namespace cs::data {
class Session;
}

namespace cs::ui {

class RowTableModelBase;

// A read-only view of one build, order (PO) or catalog item, opened from a list or a scan, read on the
// session's worker. Later issues replace it with the full build, order and item screens.
class RecordDialog final : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(data::Session* session, domain::ScanPayload::Kind kind, const QString& key, QWidget* parent = nullptr);
    ~RecordDialog() override;

    domain::ScanPayload::Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    bool isLoaded() const { return m_loaded; }
    bool wasFound() const { return m_found; }
    // The value shown for a field label (tests and screenshots).
    QString fieldValue(const QString& objectName) const;
    // The message shown instead of the record ("Loading…", not found, cannot be shown), empty when none.
    QString messageText() const;
    // The table under the fields (an order's builds, an assembly's components), nullptr when none.
    RowTableModelBase* tableModel() const { return m_table; }

signals:
    void loaded();
    void queryFailed(const cs::data::DbError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void loadOrderRecord();
    void finish(const data::DbError& error, bool found);
    void showTable(RowTableModelBase* model, const QString& title);
    void addField(const QString& name, const QString& label, const QString& value);
    void retranslate();

    const std::unique_ptr<Ui::RecordDialog> m_ui;
    data::Session* m_session;
    domain::ScanPayload::Kind m_kind;
    QString m_key;
    RowTableModelBase* m_table = nullptr;
    std::function<QString()> m_tableTitle;
    bool m_loaded = false;
    bool m_found = false;
};

} // namespace cs::ui
