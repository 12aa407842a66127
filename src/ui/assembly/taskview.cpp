#include "ui/assembly/taskview.h"

#include "ui/assembly/assemblyerrortext.h"
#include "ui/assembly/workinstructionbrowser.h"
#include "ui/common/futurewatch.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString para(const QString& text, bool italic = false)
{
    return italic ? QStringLiteral("<p><i>%1</i></p>").arg(esc(text)) : QStringLiteral("<p>%1</p>").arg(esc(text));
}

} // namespace

TaskView::TaskView(data::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_repo(*session)
    , m_heading(new QLabel(this))
    , m_browser(new WorkInstructionBrowser(session, this))
{
    setObjectName(QStringLiteral("taskView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("taskHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_browser->setObjectName(QStringLiteral("taskBrowser"));
    layout->addWidget(m_browser, 1);
    setMinimumWidth(230);
    m_browser->setRenderer([this] { return html(); });
}

TaskView::~TaskView()
{
    m_load.cancel();
}

void TaskView::load(const QString& orderId, bool ensure)
{
    m_load.cancel();
    m_orderId = orderId;
    m_loading = true;
    m_error.clear();
    m_browser->refresh();
    m_load = m_repo.taskList(orderId, ensure);
    whenDone(this, m_load, [this](const data::Result<data::BuildTaskList>& r) {
        m_loading = false;
        if (!r) {
            m_error = AssemblyErrorText::words(r.error());
            m_browser->refresh();
            emit loaded(false);
            return;
        }
        m_list = r.value();
        m_loaded = true;
        if (m_item)
            showItem(std::get<0>(*m_item), std::get<1>(*m_item), std::get<2>(*m_item));
        else {
            m_current = m_list.tasks.isEmpty() ? -1 : 0;
            m_browser->refresh();
        }
        emit loaded(true);
    });
}

const data::BuildTask* TaskView::currentTask() const
{
    return m_current >= 0 && m_current < m_list.tasks.size() ? &m_list.tasks.at(m_current) : nullptr;
}

QString TaskView::text() const
{
    return m_heading->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

void TaskView::showItem(const QString& section, const QString& item, int position)
{
    m_item = std::make_tuple(section, item, position);
    m_current = -1;
    for (int i = 0; i < m_list.tasks.size(); ++i) {
        const data::BuildTask& t = m_list.tasks.at(i);
        if (t.section == section && t.item == item && (t.position == position || (t.position == 0 && position <= 1))) {
            m_current = i;
            break;
        }
    }
    m_browser->refresh();
}

QString TaskView::html()
{
    m_heading->setText(tr("Task"));
    if (!m_error.isEmpty())
        return para(tr("The task list could not be read: %1").arg(m_error));
    if (!m_loaded)
        return m_loading ? para(tr("Reading the task list…"), true) : QString();
    if (m_list.isEmpty())
        return para(tr("This build has no task list yet: it is made when the assembler who claimed the build opens it."));
    const data::BuildTask* task = currentTask();
    if (!task)
        return para(tr("No task for this item. Go to a production check to see its instruction, tools and parts."), true);

    const QString where = task->position > 0 ? tr("%1, basin %2").arg(task->item).arg(task->position) : task->item;
    m_heading->setText(tr("Task %1 of %2 · %3").arg(m_current + 1).arg(m_list.tasks.size()).arg(where));
    QString html;
    if (!task->text.isEmpty())
        html += para(task->text);
    if (task->instructionId.isEmpty()) {
        html += para(tr("No work instruction explains this check."), true);
    } else {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(task->instructionTitle));
        html += para(tr("Work instruction %1, version %2").arg(task->instructionKey).arg(task->instructionVersion), true);
        html += m_browser->stepsHtml(task->steps);
    }
    if (!task->tools.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(tr("Tools")));
        for (const data::Tool& tool : task->tools) {
            const QString picture = tool.image.isEmpty() ? QString() : m_browser->imageHtml(tool.image, 64, 64);
            html += QStringLiteral("<tr><td>%1</td><td valign=\"middle\">%2</td></tr>").arg(picture, esc(tool.name));
        }
        html += QStringLiteral("</table>");
    }
    if (!task->parts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\"><tr><th align=\"right\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                    .arg(esc(tr("Parts to pick")), esc(tr("Qty")), esc(tr("Part")), esc(tr("Item")));
        for (const data::TaskPart& part : task->parts)
            html += QStringLiteral("<tr><td align=\"right\"><b>%1 ×</b></td><td>%2</td><td>%3</td></tr>")
                        .arg(part.quantity)
                        .arg(esc(part.name), esc(part.itemId));
        html += QStringLiteral("</table>");
    } else if (!task->instructionId.isEmpty()) {
        html += para(tr("No parts to pick for this task."), true);
    }
    return html;
}

void TaskView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browser->refresh();
    QWidget::changeEvent(event);
}

} // namespace cs::ui
