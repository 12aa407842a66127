#pragma once

// Shared by the checklist tests: the four delivered forms and the acceptance cases (read from the
// shared folder beside the checkout, never copied into the project), and builds from them.
#include "domain/checklist/checklistpassrule.h"
#include "domain/checklist/checklisttemplate.h"
#include "testpaths.h"

#include <optional>

#include <QDate>
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
    return sharedPath(u"domain/checklists/") + file;
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

// `tmpl` with limits {label: {min, max, unit}} on every item `itemId` (as a template version carries them).
inline QJsonObject withLimits(QJsonObject tmpl, const QString& itemId, const QString& label, std::optional<double> min,
                              std::optional<double> max, const QString& unit)
{
    QJsonObject limit{{QStringLiteral("unit"), unit}};
    if (min)
        limit.insert(QStringLiteral("min"), *min);
    if (max)
        limit.insert(QStringLiteral("max"), *max);
    QJsonArray sections = tmpl.value(u"sections").toArray();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QJsonObject s = sections.at(i).toObject();
        QJsonArray items = s.value(u"items").toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            QJsonObject item = items.at(j).toObject();
            if (item.value(u"id").toString() == itemId) {
                item.insert(u"limits", QJsonObject{{label, limit}});
                items[j] = item;
            }
        }
        s.insert(u"items", items);
        sections[i] = s;
    }
    tmpl.insert(u"sections", sections);
    return tmpl;
}

// An answer for every applicable entry, of the right kind: the form passes with these.
inline domain::ChecklistAnswers completeAnswers(const domain::ChecklistInstance& form)
{
    domain::ChecklistAnswers answers;
    for (const domain::ChecklistEntry& e : form.entries()) {
        if (!e.applies)
            continue;
        QVariant v;
        switch (e.item.type) {
        case domain::ChecklistItemType::Check: v = true; break;
        case domain::ChecklistItemType::PassFail: v = QStringLiteral("PASS"); break;
        case domain::ChecklistItemType::Choice: v = e.options.first(); break;
        case domain::ChecklistItemType::MultiCheck: v = QStringList{}; break;
        case domain::ChecklistItemType::YesNo: v = true; break;
        case domain::ChecklistItemType::Number: v = e.expectedNumber.value_or(1); break;
        case domain::ChecklistItemType::Date: v = QDate(2026, 12, 3); break;
        case domain::ChecklistItemType::Initials: v = QStringLiteral("JD"); break;
        default: v = QStringLiteral("SN-1"); break;
        }
        answers.insert({e.sectionId, e.item.id, e.position}, domain::ChecklistAnswer::of(v));
    }
    for (const domain::ChecklistSectionInstance& s : form.sections())
        if (s.sectionCheck && s.present)
            answers.insert({s.sectionId, domain::ChecklistPassRule::kSectionCheckItem.toString(), s.position},
                           domain::ChecklistAnswer::of(true));
    return answers;
}

inline QString casesPath()
{
    return sharedPath(u"domain/acceptance/cases.json");
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
