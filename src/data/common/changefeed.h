#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace cs::data {

// One change of a record: what kind of record (its entity) and which one. An empty entity means "not
// known what": every list that shows server data reads again.
struct Change
{
    QString entity;   // one of ChangeFeed's entity names, or empty
    QString id;       // the record's id (an order's uuid, ...), empty when not known

    bool operator==(const Change& other) const = default;
};

// The session's news of changed records. Every successful write on the session's worker announces one
// (data/common/worker.h: a repository's write names the entity and id it changed, or announces an
// unknown change); the server's notifications (LISTEN/NOTIFY), once they are listened to, announce
// other people's changes to the same object. Lists subscribe to `changed` and read again when a batch
// concerns them, so a list shows the person's own action at once without F5.
//
// announce() may be called from any thread. Changes announced in the same turn of the feed's event loop
// arrive as one batch: ten writes of one action make one read of a list, not ten.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    // The entity names (also the payload names of the server's notifications).
    static constexpr QLatin1StringView kOrder{"order"};                   // a build: status, assignee, fields, BOM
    static constexpr QLatin1StringView kChecklist{"checklist"};           // a QC checklist, its answers
    static constexpr QLatin1StringView kServiceRequest{"service_request"};
    static constexpr QLatin1StringView kCatalog{"catalog"};               // parts, assemblies, categories
    static constexpr QLatin1StringView kUser{"user"};
    static constexpr QLatin1StringView kTemplate{"template"};             // checklist templates, work instructions, tools
    static constexpr QLatin1StringView kSession{"session"};               // log-in, lock and log-out records
    static constexpr QLatin1StringView kPrint{"print"};                   // a print recorded (travelers, labels)
    static constexpr QLatin1StringView kDocument{"document"};             // a file attached to an order

    explicit ChangeFeed(QObject* parent = nullptr);
    ~ChangeFeed() override;

    void announce(const Change& change);
    void announce(QStringView entity, const QString& id) { announce(Change{entity.toString(), id}); }

    // Does a batch concern a list of records of one of `entities`: one of its changes names one of
    // them, or names none.
    static bool concerns(const QList<Change>& batch, const QList<QLatin1StringView>& entities);

signals:
    // In the feed's thread, once per batch; each change once, in the order of their first announcement.
    void changed(const QList<cs::data::Change>& batch);

private:
    void deliver();

    QList<Change> m_pending;   // touched in the feed's thread only
};

} // namespace cs::data

Q_DECLARE_METATYPE(cs::data::Change)
