#pragma once

#include "domain/checklist/checklisttemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs::domain {

// One item of a template at one position, for one build: does it apply (and if not, why, in words),
// the expected value from the configuration, the packing quantity, the options left at that position.
struct ChecklistEntry
{
    QString sectionId;                         // ChecklistTemplate::kHeaderSection for header items
    int position = 0;                          // 1..repeatMax in perBasin sections, 0 elsewhere
    ChecklistItem item;
    bool inHeader = false;
    bool applies = true;
    QString notApplicableReason;               // words; empty when it applies
    QString expected;                          // words; empty when the item has none or does not apply
    std::optional<double> expectedNumber;      // the number an answer must equal (# of basins), if any
    QList<ChecklistQuantity::Part> quantity;   // empty when the item has none or does not apply
    QStringList options;                       // choice / multiCheck: at this position, after the filter

    bool isRequired() const { return item.isRequired(inHeader); }
};

// One section at one position: present, or N/A as a whole (a basin the build does not have).
struct ChecklistSectionInstance
{
    QString sectionId;
    QString title;
    int position = 0;
    bool present = true;
    QString notApplicableReason;
    bool sectionCheck = false;
};

// A template instantiated for one build: every header item, then every section's items, repeated per
// basin position 1..repeatMax in perBasin sections (positions past the build's basin count are N/A).
class ChecklistInstance
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::ChecklistInstance)

public:
    static ChecklistInstance instantiate(const ChecklistTemplate& tmpl, const ChecklistSubject& subject);

    const ChecklistTemplate& checklistTemplate() const { return m_template; }
    const ChecklistSubject& subject() const { return m_subject; }
    const QList<ChecklistEntry>& entries() const { return m_entries; }
    const QList<ChecklistSectionInstance>& sections() const { return m_sections; }
    const ChecklistEntry* find(const QString& sectionId, const QString& itemId, int position = 0) const;

    // {"template", "version", "items": [{"section", "position" (null outside perBasin sections),
    // "item", "applies", "expected" (words or null), "quantity" (a number, words when it has
    // several parts, or null)}]}.
    QJsonObject toJson() const;
    // "Basin 2" for position 2, empty for 0.
    static QString positionWords(int position);

    // The value a field starts with, from its "prefill": the build number, the PO number, the project
    // name, the model with its size, today, or the person filling the form (their initials for an
    // initials item, else their full name); an invalid QVariant when it names none of these.
    QVariant prefill(const ChecklistEntry& entry, const QString& personName, const QString& personInitials,
                     const QDate& today) const;

private:
    ChecklistTemplate m_template;
    ChecklistSubject m_subject;
    QList<ChecklistEntry> m_entries;
    QList<ChecklistSectionInstance> m_sections;
};

} // namespace cs::domain
