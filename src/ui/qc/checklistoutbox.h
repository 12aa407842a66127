#pragma once

#include "domain/checklist/checklistpassrule.h"
#include "domain/checklist/checklisttemplate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace cs::ui {

// The answers of one checklist that were given on this PC and not yet acknowledged by the server, in
// the order they were given. One JSON file per person and checklist under the application's local data
// location ("qc-outbox/<user>/<checklist id>.json"), written whole with QSaveFile at every change (a
// crash leaves the last complete file). Each entry carries the clientKey the write is sent with: the
// server applies a key once, so an entry whose answer was lost on the way is sent again without harm.
//
// An entry names the version of the stored answer it was given over (baseVersion). When an earlier
// entry of the same item is acknowledged, the later ones of that item are rebased on the version it
// produced (rebase()): the person gave them over their own earlier answer, not over someone else's.
class ChecklistOutbox final
{
public:
    struct Entry
    {
        QUuid clientKey;
        domain::ChecklistAnswerKey key;
        domain::ChecklistItemType type = domain::ChecklistItemType::Check;
        domain::ChecklistAnswer answer;
        int baseVersion = 0;
        QDateTime givenAt;   // this PC's clock, UTC: for the person only

        QJsonObject toJson() const;
        static std::optional<Entry> fromJson(const QJsonObject& o);
    };

    // `directory` empty: the default location (QStandardPaths::AppLocalDataLocation + "/qc-outbox").
    ChecklistOutbox(const QString& username, const QString& checklistId, const QString& directory = {});

    QString filePath() const { return m_path; }
    // Reads the file (no file: nothing pending). Entries that cannot be read are dropped and counted.
    bool load(int* unreadable = nullptr);
    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    bool contains(const QUuid& clientKey) const;
    // True when an entry of this item is pending.
    bool hasPending(const domain::ChecklistAnswerKey& key) const;

    // Each change is written to the file before it returns; false (and *error) when it could not be.
    bool append(const Entry& entry, QString* error = nullptr);
    bool remove(const QUuid& clientKey, QString* error = nullptr);
    // Removes every entry of `key` (a refused or overtaken answer and the ones given over it).
    bool removeItem(const domain::ChecklistAnswerKey& key, QString* error = nullptr);
    // The entries of `key` still pending are given over `version` now.
    bool rebase(const domain::ChecklistAnswerKey& key, int version, QString* error = nullptr);
    // Forgets everything (the file is removed).
    void clear();

    // The value of an answer in the file, and back, by the item's type (bool, string, list of strings,
    // number, "YYYY-MM-DD").
    static QJsonValue valueToJson(const QVariant& value);
    static QVariant valueFromJson(const QJsonValue& value, domain::ChecklistItemType type);

private:
    bool write(QString* error);

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace cs::ui
