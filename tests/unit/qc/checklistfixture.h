#pragma once

// Shared by the checklist tests: the four delivered forms and the acceptance cases (read from the
// shared folder beside the checkout, never copied into the project), and builds from them.
#include "domain/checklist/checklisttemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cs::test {

inline const QStringList& formFiles()
{
    static const QStringList files{QStringLiteral("pre-qc.json"), QStringLiteral("production-clp.json"),
                                   QStringLiteral("eol-testing-clt.json"), QStringLiteral("final-qc-clq.json")};
    return files;
}

inline QString formPath(const QString& file)
{
    return QStringLiteral(CS_SHARED_DIR "/domain/checklists/") + file;
}

inline QJsonObject formJson(const QString& file)
{
    QFile f(formPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline std::optional<domain::ChecklistTemplate> loadForm(const QString& file, QString* why = nullptr)
{
    QList<domain::ChecklistProblem> problems;
    auto t = domain::ChecklistTemplate::readFile(formPath(file), &problems);
    if (why) {
        QStringList lines;
        for (const auto& p : problems)
            lines << p.toString();
        *why = lines.join(u'\n');
    }
    return t;
}

inline QString casesPath()
{
    return QStringLiteral(CS_SHARED_DIR "/domain/acceptance/cases.json");
}

// The configuration of one build of one acceptance case; nullopt when there is no such build.
inline std::optional<domain::ChecklistSubject> caseBuild(const QString& caseId, const QString& buildNumber)
{
    QFile f(casesPath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"id").toString() != caseId)
            continue;
        QString error;
        const auto order = domain::OrderConfiguration::fromJson(c.value(u"config").toObject(), &error);
        if (!order)
            return std::nullopt;
        for (const domain::BuildEntry& b : order->builds)
            if (b.buildNumber == buildNumber && b.config)
                return domain::ChecklistSubject{order->order, b.buildNumber, *b.config};
    }
    return std::nullopt;
}

} // namespace cs::test
