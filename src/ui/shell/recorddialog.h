#pragma once

#include "data/common/session.h"
#include "domain/common/scanpayload.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecordDialog;
}

namespace cs::ui {

class QueryTableModel;

// A read-only view of one build, order (PO) or catalog item, opened from a list or a scan.
// Later issues replace it with the full build, order and item screens.
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

signals:
    void loaded();
    void queryFailed(const QSqlError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void showRecord(const data::QueryResult& r);
    void addField(const QString& name, const QString& label, const QString& value);
    void retranslate();

    const std::unique_ptr<Ui::RecordDialog> m_ui;
    data::Session* m_session;
    domain::ScanPayload::Kind m_kind;
    QString m_key;
    QueryTableModel* m_table = nullptr;
    bool m_loaded = false;
    bool m_found = false;
};

} // namespace cs::ui
