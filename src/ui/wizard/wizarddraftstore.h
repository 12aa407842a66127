#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cs::ui {

// A file attached in the wizard: its path on this PC and what it is ("PO" or "Drawing", as
// cs.order_documents.document_type; drafts from before may say "DRAWING").
struct WizardAttachment
{
    QString path;
    QString documentType;
    friend bool operator==(const WizardAttachment&, const WizardAttachment&) = default;
};

// The state of an unfinished order wizard: the configuration in the neutral JSON, the page and build
// shown, and the attached files' paths.
struct WizardDraft
{
    QJsonObject configuration;
    int pageId = 0;
    int buildIndex = 0;
    QList<WizardAttachment> attachments;
    QDateTime savedAt;
};

// The wizard drafts of one person on this PC: <AppDataLocation>/drafts/<username>.json, written
// atomically (QSaveFile) so a crash while saving leaves the previous draft intact.
class WizardDraftStore
{
public:
    explicit WizardDraftStore(QString username);

    QString filePath() const { return m_path; }
    bool exists() const;
    bool save(const WizardDraft& draft, QString* error = nullptr) const;
    // nullopt when there is no draft or it cannot be read.
    std::optional<WizardDraft> load() const;
    void remove() const;

private:
    QString m_path;
};

} // namespace cs::ui
