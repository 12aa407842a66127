#pragma once

#include "data/common/dberror.h"
#include "data/orders/documentinfo.h"
#include "data/orders/documentrepository.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class OrderDocumentsTab;
}

namespace cs::ui {

class DocumentsModel;

// The order page's documents: the list, and transfers that never run on the GUI thread. Attaching
// reads and checks the file on a pool thread (domain::DocumentRules) and stores it on the session's
// worker; opening one and saving a copy read its bytes on the worker and write the file on a pool
// thread. One transfer at a time, with a busy bar; documentDone() tells when it is over. A page closed
// meanwhile drops the answers (a file already on its way to the server is still stored).
class OrderDocumentsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDocumentsTab(data::Session& session, QWidget* parent = nullptr);
    ~OrderDocumentsTab() override;

    void setOrder(const QString& orderId) { m_orderId = orderId; }
    void showDocuments(const QList<data::DocumentInfo>& documents);
    // `loaded`: the order's load is shown; `mayAttach`: the person's role may attach documents.
    void setState(bool loaded, bool mayAttach);

    DocumentsModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }

    // Each starts a transfer and returns true, or returns false with the reason in message().
    bool attachFile(const QString& path, const QString& documentType);
    bool saveDocumentCopy(int row, const QString& path);
    bool openDocumentAt(int row);

signals:
    // Words for the person (the page shows them); `detail` is the server's code, for a tooltip.
    void message(const QString& text, bool error, const QString& detail);
    void documentDone(bool ok, const QString& path);
    // The documents of the order may have changed (attached, or maybe attached): the page reads them again.
    void documentsChanged(bool attached);
    void failed(const cs::data::DbError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void attach();
    void openSelected();
    void saveSelected();
    bool copyDocument(int row, const QString& path, bool open);
    bool start(const QString& busyText);
    void setBusy(bool busy);
    void finish(bool ok, const QString& message, const QString& path, const QString& detail = {});
    // A failed transfer in words: "<what>: <why>".
    static QString errorText(const data::DbError& error, const QString& what);
    void updateActions();
    void fillTypes();

    const std::unique_ptr<Ui::OrderDocumentsTab> m_ui;
    data::DocumentRepository m_repository;
    DocumentsModel* m_model;
    QString m_orderId;
    bool m_loaded = false;
    bool m_mayAttach = false;
    bool m_busy = false;
};

} // namespace cs::ui
