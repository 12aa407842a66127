#include "domain/printing/qcrecordcontent.h"

#include <QLocale>
#include <QRegularExpression>

namespace cs::domain {

namespace {

QString numberWords(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

QString QcRecordContent::limitWords(const ChecklistLimit& limit, TravelerLanguage language)
{
    const QString unit = limit.unit.isEmpty() ? QString() : u' ' + limit.unit;
    if (limit.min && limit.max)
        return travelerText(QStringLiteral("qc.limitRange"), language).arg(numberWords(*limit.min), numberWords(*limit.max), unit);
    if (limit.min)
        return travelerText(QStringLiteral("qc.limitMin"), language).arg(numberWords(*limit.min), unit);
    if (limit.max)
        return travelerText(QStringLiteral("qc.limitMax"), language).arg(numberWords(*limit.max), unit);
    return {};
}

QString QcRecordContent::meaningWords() const
{
    if (!signature)
        return {};
    const QString key = QStringLiteral("meaning.") + signature->meaning;
    const QString words = text(key);
    return words == key ? signature->meaning : words;
}

QString QcRecordContent::statementWords() const
{
    if (!signature)
        return {};
    return text(QStringLiteral("qc.statementText"))
        .arg(signature->printedName, signature->signedAt.toUTC().date().toString(Qt::ISODate));
}

QString QcRecordContent::stamp(const QString& by, const QDateTime& at)
{
    if (by.isEmpty())
        return {};
    return at.isValid() ? QStringLiteral("%1, %2").arg(by, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : by;
}

QString QcRecordContent::itemNumber(const ChecklistInstance& form, const QString& sectionId, const QString& itemId)
{
    // Section items carry the paper's numbers ("S2.3", "B.1", "D.2A"); header fields have names ("H.jobId")
    // and are numbered as they come on the form.
    if (sectionId != ChecklistTemplate::kHeaderSection)
        return itemId;
    static const QRegularExpression number(QStringLiteral("^[A-Z]+\\.[0-9]+[A-Z]?$"));
    if (number.match(itemId).hasMatch())
        return itemId;
    int n = 0;
    for (const ChecklistEntry& e : form.entries()) {
        if (!e.inHeader)
            continue;
        ++n;
        if (e.item.id == itemId)
            return QStringLiteral("H.%1").arg(n);
    }
    return {};
}

QString QcRecordContent::placeWords(const ChecklistAnswerKey& key, TravelerLanguage language)
{
    if (key.item.isEmpty())
        return {};
    return key.position > 0
               ? QStringLiteral("%1, %2").arg(key.item, travelerText(QStringLiteral("qc.basin"), language).arg(key.position).toLower())
               : key.item;
}

QString QcRecordContent::answerWords(const ChecklistEntry& e, const ChecklistAnswer& a, TravelerLanguage language)
{
    auto t = [language](const char* key) { return travelerText(QString::fromUtf8(key), language); };
    if (a.notApplicable)
        return a.reason.isEmpty() ? t("qc.na") : QStringLiteral("%1: %2").arg(t("qc.na"), a.reason);
    const QVariant& v = a.value;
    if (!v.isValid() || v.isNull())
        return t("qc.notAnswered");
    QString words;
    switch (e.item.type) {
    case ChecklistItemType::Check:
        words = v.toBool() ? t("qc.ticked") : t("qc.notTicked");
        break;
    case ChecklistItemType::YesNo:
        words = v.toBool() ? t("qc.yes") : t("qc.no");
        break;
    case ChecklistItemType::PassFail:
        words = v.toString() == u"PASS" ? t("qc.pass") : v.toString() == u"FAIL" ? t("qc.fail") : v.toString();
        break;
    case ChecklistItemType::MultiCheck:
        // Nothing ticked is an answer ("none of these"), not a gap.
        words = v.toStringList().isEmpty() ? t("qc.noneTicked") : v.toStringList().join(QStringLiteral(", "));
        break;
    case ChecklistItemType::Number:
        words = numberWords(v.toDouble());
        break;
    case ChecklistItemType::Date:
        words = v.toDate().toString(Qt::ISODate);
        break;
    default:
        words = v.toString();
        break;
    }
    if (!a.otherText.trimmed().isEmpty())
        words += QStringLiteral(": ") + a.otherText.trimmed();
    return words;
}

QcRecordContent QcRecordContent::build(const ChecklistInstance& form, const QMap<ChecklistAnswerKey, QcRecordAnswer>& answers,
                                       const QString& qcType, const QMap<QString, QString>& sectionInitials,
                                       const std::optional<QcRecordSignature>& signature)
{
    const ChecklistTemplate& t = form.checklistTemplate();
    const ChecklistSubject& s = form.subject();
    QcRecordContent c;
    c.language = travelerLanguageFromString(toString(s.order.language)).value_or(TravelerLanguage::EN);
    c.qcType = qcType;
    c.formTitle = t.title;
    c.sourceDocument = t.sourceDocument;
    c.templateVersion = t.versionNumber();
    c.poNumber = s.order.poNumber;
    c.buildNumber = s.buildNumber;
    c.customer = s.order.customerName;
    c.project = s.order.projectName;
    c.model = toString(s.config.model);
    c.signature = signature;

    auto line = [&](const ChecklistEntry& e) {
        QcRecordLine l;
        l.id = itemNumber(form, e.sectionId, e.item.id);
        l.text = e.item.text;
        l.expected = e.expected;
        if (!e.quantity.isEmpty())
            l.expected = l.expected.isEmpty() ? ChecklistQuantity::words(e.quantity)
                                              : l.expected + QStringLiteral(" (") + ChecklistQuantity::words(e.quantity)
                                                    + QStringLiteral(")");
        l.serial = e.item.type == ChecklistItemType::Serial;
        // Measured values: the limits beside what is expected.
        QStringList limits;
        for (const QString& label : e.item.captureOptional)
            if (e.item.limits.contains(label))
                limits << QStringLiteral("%1: %2").arg(label, limitWords(e.item.limits.value(label), c.language));
        if (!limits.isEmpty())
            l.expected = l.expected.isEmpty() ? limits.join(QStringLiteral("; "))
                                              : l.expected + QStringLiteral("; ") + limits.join(QStringLiteral("; "));
        if (!e.applies) {
            l.notApplicable = true;
            l.answer = e.notApplicableReason.isEmpty()
                           ? c.text(QStringLiteral("qc.naByConfig"))
                           : QStringLiteral("%1: %2").arg(c.text(QStringLiteral("qc.naByConfig")), e.notApplicableReason);
            return l;
        }
        const auto it = answers.constFind({e.sectionId, e.item.id, e.position});
        if (it == answers.cend()) {
            l.answer = c.text(QStringLiteral("qc.notAnswered"));
            l.problem = e.isRequired();
            return l;
        }
        l.answer = answerWords(e, it->answer, c.language);
        l.notApplicable = it->answer.notApplicable;
        l.by = stamp(it->by, it->at);
        const QVariant& v = it->answer.value;
        l.problem = !it->answer.notApplicable
                    && ((e.item.type == ChecklistItemType::Check && !v.toBool())
                        || (e.item.type == ChecklistItemType::PassFail && v.toString() == u"FAIL"));
        QStringList measured;
        for (auto r = it->answer.readings.cbegin(); r != it->answer.readings.cend(); ++r) {
            QString m = QStringLiteral("%1: %2").arg(r.key(), numberWords(r.value()));
            const auto limit = e.item.limits.constFind(r.key());
            if (limit != e.item.limits.cend() && !limit->contains(r.value())) {
                m += QStringLiteral(" (%1)").arg(c.text(QStringLiteral("qc.outOfLimits")));
                l.problem = true;
            }
            measured << m;
        }
        l.measured = measured.join(QStringLiteral("; "));
        return l;
    };

    for (const ChecklistEntry& e : form.entries())
        if (e.inHeader)
            c.header.append(line(e));

    for (const ChecklistSectionInstance& si : form.sections()) {
        if (si.sectionId == ChecklistTemplate::kHeaderSection)
            continue; // printed above as the header
        QcRecordSection sec;
        sec.id = si.sectionId;
        sec.title = si.position > 0 ? QStringLiteral("%1 %2: %3")
                                          .arg(si.sectionId,
                                               c.text(QStringLiteral("qc.basin")).arg(si.position), si.title)
                                    : QStringLiteral("%1 %2").arg(si.sectionId, si.title);
        sec.present = si.present;
        sec.initials = sectionInitials.value(si.position > 0 ? QStringLiteral("%1#%2").arg(si.sectionId).arg(si.position)
                                                             : si.sectionId,
                                             sectionInitials.value(si.sectionId));
        if (si.present) {
            for (const ChecklistEntry& e : form.entries())
                if (!e.inHeader && e.sectionId == si.sectionId && e.position == si.position)
                    sec.lines.append(line(e));
            if (si.sectionCheck) {
                const ChecklistAnswerKey key{si.sectionId, ChecklistPassRule::kSectionCheckItem.toString(), si.position};
                QcRecordLine l;
                l.id = QStringLiteral("✓");
                l.text = c.text(QStringLiteral("qc.sectionCheck"));
                const auto it = answers.constFind(key);
                const bool ticked = it != answers.cend() && it->answer.value.toBool();
                l.answer = c.text(ticked ? QStringLiteral("qc.ticked") : QStringLiteral("qc.notTicked"));
                l.problem = !ticked;
                if (it != answers.cend())
                    l.by = stamp(it->by, it->at);
                sec.lines.append(l);
            }
        }
        c.sections.append(sec);
    }
    return c;
}

} // namespace cs::domain
