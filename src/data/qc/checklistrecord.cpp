#include "data/qc/checklistrepository.h"

namespace cs::data {

std::optional<domain::ChecklistInstance> ChecklistRecord::instantiate(QString* error) const
{
    QList<domain::ChecklistProblem> problems;
    const std::optional<domain::ChecklistTemplate> tmpl = domain::ChecklistTemplate::fromJson(templateVersion.json, &problems);
    if (!tmpl) {
        QStringList lines;
        for (const domain::ChecklistProblem& p : std::as_const(problems))
            lines << p.toString();
        *error = ChecklistRepository::tr("the stored template %1 version %2 cannot be read: %3")
                     .arg(templateVersion.key)
                     .arg(templateVersion.version)
                     .arg(lines.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    QString why;
    const std::optional<domain::ChecklistSubject> subject = domain::ChecklistSubject::fromOrderJson(orderJson, buildNumber, &why);
    if (!subject) {
        *error = ChecklistRepository::tr("the configuration of build %1 cannot be read: %2").arg(buildNumber, why);
        return std::nullopt;
    }
    return domain::ChecklistInstance::instantiate(*tmpl, *subject);
}

domain::ChecklistAnswers ChecklistRecord::answerMap() const
{
    domain::ChecklistAnswers out;
    for (const StoredChecklistAnswer& a : answers)
        out.insert(a.key, a.answer);
    return out;
}

domain::QcRecordContent ChecklistRecord::printable(const domain::ChecklistInstance& form,
                                                   const QMap<QString, QByteArray>& images) const
{
    QMap<domain::ChecklistAnswerKey, domain::QcRecordAnswer> stored;
    for (const StoredChecklistAnswer& a : answers)
        stored.insert(a.key, domain::QcRecordAnswer{a.answer, a.answeredBy, a.answeredAt});
    std::optional<domain::QcRecordSignature> sig;
    if (signature) {
        const ChecklistSignature& s = *signature;
        sig = domain::QcRecordSignature{s.printedName, s.username, s.initials, s.meaning, s.signedAt, s.contentSha256,
                                        s.pass, s.failReason, s.failCategory, s.failSeverity, s.rework};
    }
    domain::QcRecordContent c = domain::QcRecordContent::build(form, stored, qcType, sectionInitials, sig);
    c.attempt = attempt;
    c.revision = revision;
    c.revisionReason = revisionReason;
    if (qcType == u"FinalQC")
        c.firstPass = firstPass;
    for (const ChecklistAttachment& a : attachments)
        c.attachments.append({a.key ? domain::QcRecordContent::placeWords(*a.key, c.language) : QString(), a.filename,
                              domain::QcRecordContent::stamp(a.attachedBy, a.attachedAt), images.value(a.documentId)});
    c.printedAt = QDateTime::currentDateTime();
    return c;
}

} // namespace cs::data
