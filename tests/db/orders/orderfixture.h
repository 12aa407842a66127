#pragma once

// The set-up the order repository tests share: a scratch database with the workflow fixtures (parts
// P-1, P-2, kit ASSY-1), one person per role, orders submitted as the coordinator, connections and
// sessions as each person, and a wait for a repository's future that keeps the event loop turning.
#include "testdatabase.h"

#include "data/common/result.h"
#include "data/common/session.h"

#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

namespace cs::test {

class OrderFixture
{
public:
    // False (and *why) when there is no cluster or the set-up failed.
    bool setUp(QString* why, const QStringList& roles = {QStringLiteral("ProductionCoordinator"), QStringLiteral("Admin"),
                                                          QStringLiteral("ProcurementSpecialist"),
                                                          QStringLiteral("Assembler"), QStringLiteral("QCPerson"),
                                                          QStringLiteral("ServiceDepartment")})
    {
        m_db = std::make_unique<ScratchDatabase>();
        if (!m_db->isValid()) {
            *why = m_db->error();
            return false;
        }
        for (const QString& role : roles) {
            const ScratchDatabase::Person p = m_db->createPerson(role, {}, why);
            if (p.username.isEmpty())
                return false;
            m_people.insert(role, p);
        }
        return ScratchDatabase::seedWorkflowFixtures(as(QStringLiteral("Admin")), why);
    }
    void tearDown()
    {
        m_sessions.clear();
        m_db.reset();
    }

    ScratchDatabase& db() { return *m_db; }
    ScratchDatabase::Person person(const QString& role) const { return m_people.value(role); }
    // A new connection as the person of `role`.
    QSqlDatabase as(const QString& role) { return m_db->connect(m_people.value(role).settings); }
    // A logged-in session of the person of `role` (kept until tearDown).
    data::Session* session(const QString& role)
    {
        auto s = std::make_unique<data::Session>();
        const data::LoginResult r = s->start(m_people.value(role).settings, QStringLiteral("test"));
        if (!r.ok()) {
            qWarning("login as %s failed: %s", qPrintable(role), qPrintable(r.detail));
            return nullptr;
        }
        m_sessions.push_back(std::move(s));
        return m_sessions.back().get();
    }

    // Submits one build as the coordinator; the order id, empty on failure. Customer and project
    // replace the fixture's when given.
    QString submit(const QString& po, const QString& build, const QString& customer = {}, const QString& project = {})
    {
        QJsonObject order = ScratchDatabase::orderJson(po, build);
        QJsonObject o = order.value(QStringLiteral("order")).toObject();
        if (!customer.isEmpty())
            o.insert(QStringLiteral("customerName"), customer);
        if (!project.isEmpty())
            o.insert(QStringLiteral("projectName"), project);
        order.insert(QStringLiteral("order"), o);
        QString error;
        if (!ScratchDatabase::exec(as(QStringLiteral("ProductionCoordinator")),
                                   QStringLiteral("SELECT cs.submit_order(CAST(? AS jsonb))"),
                                   {QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}, &error)) {
            qWarning("submit %s: %s", qPrintable(build), qPrintable(error));
            return {};
        }
        QVariant id;
        ScratchDatabase::exec(m_db->superuser(), QStringLiteral("SELECT order_id::text FROM cs.orders WHERE build_number = ?"),
                              {build}, &error, &id);
        return id.toString();
    }

    // A value of the superuser's query (one placeholder per value).
    QVariant value(const QString& sql, const QVariantList& values = {})
    {
        QVariant v;
        QString error;
        if (!ScratchDatabase::exec(m_db->superuser(), sql, values, &error, &v))
            qWarning("%s", qPrintable(error));
        return v;
    }

private:
    std::unique_ptr<ScratchDatabase> m_db;
    QHash<QString, ScratchDatabase::Person> m_people;
    std::vector<std::unique_ptr<data::Session>> m_sessions;
};

// The answer of a repository call, waiting with the event loop turning; nullopt when it did not come
// within `timeoutMs` or the call was cancelled.
template<typename T>
std::optional<data::Result<T>> await(QFuture<data::Result<T>> future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace cs::test
