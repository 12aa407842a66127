#include "domain/checklist/checklistinstance.h"

#include <QJsonArray>

namespace cs::domain {

namespace {

ChecklistEntry entryFor(const ChecklistItem& item, const QString& sectionId, int position, bool inHeader,
                        const ChecklistSubject& subject)
{
    ChecklistEntry e;
    e.sectionId = sectionId;
    e.position = position;
    e.item = item;
    e.inHeader = inHeader;
    if (item.appliesWhen && !item.appliesWhen->evaluate(subject, position)) {
        e.applies = false;
        e.notApplicableReason = item.appliesWhen->reasonFalse(subject, position);
        return e;
    }
    if (item.expectedFrom) {
        e.expected = item.expectedFrom->evaluate(subject, position);
        e.expectedNumber = item.expectedFrom->expectedNumber(subject);
    }
    if (item.quantity)
        e.quantity = item.quantity->evaluate(subject, position);
    if (item.type == ChecklistItemType::Choice || item.type == ChecklistItemType::MultiCheck) {
        e.options = item.optionsAt(position);
        if (item.optionFilter)
            e.options = item.optionFilter->apply(e.options, subject, position);
    }
    return e;
}

} // namespace

QString ChecklistInstance::positionWords(int position)
{
    return position > 0 ? tr("Basin %1").arg(position) : QString();
}

ChecklistInstance ChecklistInstance::instantiate(const ChecklistTemplate& tmpl, const ChecklistSubject& subject)
{
    ChecklistInstance in;
    in.m_template = tmpl;
    in.m_subject = subject;
    const QString header = ChecklistTemplate::kHeaderSection.toString();
    if (!tmpl.header.isEmpty())
        in.m_sections.append({header, tr("Header"), 0, true, QString(), false});
    for (const ChecklistItem& item : tmpl.header)
        in.m_entries.append(entryFor(item, header, 0, true, subject));

    const int basins = subject.basinCount();
    for (const ChecklistSection& s : tmpl.sections) {
        const int last = s.perBasin ? s.repeatMax : 0;
        for (int position = s.perBasin ? 1 : 0; position <= last; ++position) {
            ChecklistSectionInstance si{s.id, s.title, position, true, QString(), s.sectionCheck};
            if (s.perBasin && position > basins) {
                si.present = false;
                si.notApplicableReason = basins == 1 ? tr("The sink has 1 basin: there is no basin %1.").arg(position)
                                                     : tr("The sink has %1 basins: there is no basin %2.")
                                                           .arg(basins)
                                                           .arg(position);
            } else if (s.perBasin && !subject.basinAt(position)) {
                si.present = false;
                si.notApplicableReason = tr("The configuration has no basin at position %1.").arg(position);
            }
            in.m_sections.append(si);
            for (const ChecklistItem& item : s.items) {
                if (si.present) {
                    in.m_entries.append(entryFor(item, s.id, position, false, subject));
                } else {
                    ChecklistEntry e;
                    e.sectionId = s.id;
                    e.position = position;
                    e.item = item;
                    e.applies = false;
                    e.notApplicableReason = si.notApplicableReason;
                    in.m_entries.append(e);
                }
            }
        }
    }
    return in;
}

QVariant ChecklistInstance::prefill(const ChecklistEntry& e, const QString& personName, const QString& personInitials,
                                    const QDate& today) const
{
    const QString what = e.item.prefill.trimmed().toLower();
    if (e.item.type == ChecklistItemType::Initials)
        return personInitials.isEmpty() ? QVariant() : QVariant(personInitials);
    if (what.isEmpty())
        return {};
    if (what.contains(u"logged-in"))
        return personName.isEmpty() ? QVariant() : QVariant(personName);
    if (what.startsWith(u"today"))
        return e.item.type == ChecklistItemType::Date ? QVariant(today) : QVariant(today.toString(Qt::ISODate));
    if (what.contains(u"build number"))
        return m_subject.buildNumber;
    if (what.contains(u"po number"))
        return m_subject.order.poNumber;
    if (what.startsWith(u"project"))
        return m_subject.order.projectName.isEmpty() ? QVariant() : QVariant(m_subject.order.projectName);
    if (what.startsWith(u"model")) {
        const SinkConfiguration& c = m_subject.config;
        QString words = toString(c.model);
        if (c.widthIn && c.lengthIn)
            words += QStringLiteral(" %1x%2").arg(QString::number(*c.widthIn), QString::number(*c.lengthIn));
        return words;
    }
    return {};
}

const ChecklistEntry* ChecklistInstance::find(const QString& sectionId, const QString& itemId, int position) const
{
    for (const ChecklistEntry& e : m_entries)
        if (e.sectionId == sectionId && e.item.id == itemId && e.position == position)
            return &e;
    return nullptr;
}

QJsonObject ChecklistInstance::toJson() const
{
    QJsonArray items;
    for (const ChecklistEntry& e : m_entries) {
        QJsonValue quantity;
        if (e.quantity.size() == 1)
            quantity = e.quantity.first().count;
        else if (!e.quantity.isEmpty())
            quantity = ChecklistQuantity::words(e.quantity);
        items.append(QJsonObject{{QStringLiteral("section"), e.sectionId},
                                 {QStringLiteral("position"), e.position > 0 ? QJsonValue(e.position) : QJsonValue()},
                                 {QStringLiteral("item"), e.item.id},
                                 {QStringLiteral("applies"), e.applies},
                                 {QStringLiteral("expected"), e.expected.isEmpty() ? QJsonValue() : QJsonValue(e.expected)},
                                 {QStringLiteral("quantity"), quantity}});
    }
    return QJsonObject{{QStringLiteral("template"), m_template.id},
                       {QStringLiteral("version"), m_template.versionNumber()},
                       {QStringLiteral("items"), items}};
}

} // namespace cs::domain
