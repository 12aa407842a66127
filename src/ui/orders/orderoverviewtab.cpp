#include "ui/orders/orderoverviewtab.h"

#include "data/catalog/catalogcache.h"
#include "domain/orders/configurationtext.h"
#include "ui/common/statustext.h"
#include "ui/common/translator.h"
#include "ui_orderoverviewtab.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>

namespace cs::ui {

namespace {

// A configuration table as a read-only table view as tall as its rows (the area around it scrolls),
// columns sized to their content; a cell's whole text is its tooltip.
QTableView* tableView(const domain::ConfigurationTable& t, const QString& name, QWidget* parent)
{
    auto* model = new QStandardItemModel(int(t.rows.size()), int(t.columns.size()), parent);
    model->setHorizontalHeaderLabels(t.columns);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.columns.size(); ++c) {
            auto* item = new QStandardItem(t.rows.at(r).value(c));
            item->setToolTip(t.rows.at(r).value(c));
            item->setEditable(false);
            model->setItem(r, c, item);
        }
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    model->setParent(view);
    view->setAccessibleName(t.title);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int r = 0; r < model->rowCount(); ++r)
        height += view->rowHeight(r);
    view->setFixedHeight(height + 2);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

} // namespace

OrderOverviewTab::OrderOverviewTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderOverviewTab>())
{
    m_ui->setupUi(this);
    for (const char* lang : {"EN", "FR", "ES"})
        m_ui->languageComboBox->addItem(QString(), QString::fromLatin1(lang));

    connect(m_ui->saveButton, &QPushButton::clicked, this, &OrderOverviewTab::saveRequested);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &OrderOverviewTab::assignRequested);
    connect(m_ui->claimButton, &QPushButton::clicked, this, &OrderOverviewTab::claimRequested);
    connect(m_ui->printTravelerButton, &QPushButton::clicked, this, &OrderOverviewTab::printTravelerRequested);
    connect(m_ui->exportTravelerButton, &QPushButton::clicked, this, &OrderOverviewTab::exportTravelerRequested);
    connect(m_ui->printLabelsButton, &QPushButton::clicked, this, &OrderOverviewTab::printLabelsRequested);
    connect(m_ui->zplPreviewButton, &QPushButton::clicked, this, &OrderOverviewTab::zplPreviewRequested);
    for (QLineEdit* edit : {m_ui->customerLineEdit, m_ui->projectLineEdit, m_ui->salesLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->wantDateEdit, &QDateEdit::dateChanged, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &OrderOverviewTab::editsChanged);
    connect(m_ui->notesTextEdit, &QPlainTextEdit::textChanged, this, &OrderOverviewTab::editsChanged);

    // The configuration takes the column's free height and scrolls inside it.
    m_configArea = new QScrollArea(m_ui->configGroupBox);
    m_configArea->setObjectName(QStringLiteral("configArea"));
    m_configArea->setWidgetResizable(true);
    m_configArea->setFrameShape(QFrame::NoFrame);
    m_ui->configLayout->addWidget(m_configArea, 1);
    m_configArea->installEventFilter(this);   // narrow or wide: the tables beside the sink or under it
    m_ui->configGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_ui->overviewLeftSpacer->changeSize(0, 0, QSizePolicy::Minimum, QSizePolicy::Minimum);
    showTexts();
    setState(m_state);
}

void OrderOverviewTab::setCatalogSource(data::CatalogCache* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &data::CatalogCache::catalogChanged, this, &OrderOverviewTab::showConfiguration);
    showConfiguration();
}

OrderOverviewTab::~OrderOverviewTab() = default;

void OrderOverviewTab::showOrder(const data::OrderDetail& detail, const QList<data::TransitionOption>& transitions,
                                 const QList<data::AssignableUser>& assignable)
{
    m_detail = detail;
    m_transitions = transitions;
    {
        const QSignalBlocker b1(m_ui->wantDateEdit);
        const QSignalBlocker b2(m_ui->languageComboBox);
        const QSignalBlocker b3(m_ui->notesTextEdit);
        m_ui->customerLineEdit->setText(detail.customerName);
        m_ui->projectLineEdit->setText(detail.projectName);
        m_ui->salesLineEdit->setText(detail.salesPerson);
        m_ui->wantDateEdit->setDate(detail.wantDate);
        m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(detail.language)));
        m_ui->notesTextEdit->setPlainText(detail.notes);
    }
    m_ui->assigneeComboBox->clear();
    m_ui->assigneeComboBox->addItem(tr("(nobody)"), QString());
    for (const data::AssignableUser& u : assignable)
        m_ui->assigneeComboBox->addItem(u.fullName, u.username);
    showTexts();
    showTransitions();
    setState(m_state);
}

void OrderOverviewTab::showTexts()
{
    const data::OrderDetail& d = m_detail;
    showConfiguration();
    m_ui->currentStatusLabel->setText(d.orderId.isEmpty() ? QString()
                                                          : tr("Now: %1").arg(StatusText::orderStatus(d.status)));
    m_ui->assigneeLabel->setText(d.orderId.isEmpty()       ? QString()
                                 : d.assigneeName.isEmpty() ? tr("Not assigned.")
                                                            : tr("Assigned to %1.").arg(d.assigneeName));
    if (m_ui->assigneeComboBox->count() > 0)
        m_ui->assigneeComboBox->setItemText(0, tr("(nobody)"));
    // The document language and the want date in words of the session (the data stay "EN", "FR", "ES").
    m_ui->languageComboBox->setItemText(0, tr("English"));
    m_ui->languageComboBox->setItemText(1, tr("French"));
    m_ui->languageComboBox->setItemText(2, tr("Spanish"));
    m_ui->wantDateEdit->setLocale(QLocale());
    m_ui->wantDateEdit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
}

bool OrderOverviewTab::configNarrow() const
{
    // The basins table (five columns) and the sink's facts need about a hundred characters side by side.
    return m_configArea->width() < fontMetrics().averageCharWidth() * 100;
}

bool OrderOverviewTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_configArea && event->type() == QEvent::Resize && configNarrow() != m_configStacked)
        showConfiguration();
    return QWidget::eventFilter(watched, event);
}

void OrderOverviewTab::showConfiguration()
{
    m_configStacked = configNarrow();
    // The configuration in words of the session's language, the same formatter the traveler prints with.
    const data::OrderDetail& d = m_detail;
    const domain::TravelerLanguage language = Translator::textLanguage();
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("configContent"));
    if (d.orderId.isEmpty()) {
        m_ui->configLabel->clear();
        m_configArea->setWidget(content);
        return;
    }
    const domain::SinkFamily family = domain::ConfigurationText::familyFromString(d.family);
    const domain::SinkConfiguration config = domain::SinkConfiguration::fromJson(d.config);
    m_ui->configLabel->setText(domain::ConfigurationText::summary(family, config, language));
    const domain::CatalogPtr catalog = m_catalog ? m_catalog->catalog() : nullptr;
    const QList<domain::ConfigurationTable> tables =
        domain::ConfigurationText::tables(family, config, language, catalog.get());

    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    auto title = [content](const QString& text) {
        auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), content);
        l->setTextFormat(Qt::RichText);
        return l;
    };
    static const char* const kNames[] = {"configSink", "configBasins", "configFaucets", "configSprayers",
                                         "configAccessories"};
    // The sink's facts as a form on the left; the lists as tables beside and under it.
    const domain::ConfigurationTable& sink = tables.at(domain::ConfigurationText::Sink);
    auto* sinkBox = new QWidget(content);
    sinkBox->setObjectName(QString::fromLatin1(kNames[0]));
    auto* form = new QFormLayout(sinkBox);
    form->setContentsMargins(0, 0, 0, 0);
    for (const QStringList& row : sink.rows) {
        auto* value = new QLabel(row.value(1), sinkBox);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("%1:").arg(row.value(0)), value);
    }
    grid->addWidget(title(sink.title), 0, 0);
    if (m_configStacked) {
        // Narrow: every table under the sink's facts, each as wide as the area.
        grid->addWidget(sinkBox, 1, 0, Qt::AlignTop);
        for (int i = domain::ConfigurationText::Basins; i < tables.size(); ++i) {
            const domain::ConfigurationTable& t = tables.at(i);
            grid->addWidget(title(t.title), 2 * i, 0);
            grid->addWidget(tableView(t, QString::fromLatin1(kNames[i]), content), 2 * i + 1, 0);
        }
    } else {
        grid->addWidget(sinkBox, 1, 0, 5, 1, Qt::AlignTop);
        // Basins, faucets and sprayers beside the sink; the accessories under both (their names are long).
        for (int i = domain::ConfigurationText::Basins; i < tables.size(); ++i) {
            const domain::ConfigurationTable& t = tables.at(i);
            const bool wide = i == domain::ConfigurationText::Accessories;
            const int gridRow = 2 * (i - domain::ConfigurationText::Basins);
            grid->addWidget(title(t.title), gridRow, wide ? 0 : 1, 1, wide ? 2 : 1);
            grid->addWidget(tableView(t, QString::fromLatin1(kNames[i]), content), gridRow + 1, wide ? 0 : 1, 1,
                            wide ? 2 : 1);
        }
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 3);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    m_configArea->setWidget(content);
}

void OrderOverviewTab::showTransitions()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    for (const data::TransitionOption& o : std::as_const(m_transitions)) {
        auto* b = new QPushButton(tr("Move to “%1”").arg(StatusText::orderStatus(o.toStatus)), m_ui->statusGroupBox);
        b->setObjectName(QStringLiteral("transitionButton_") + o.toStatus);
        b->setProperty("toStatus", o.toStatus);
        if (o.noteRequired)
            b->setToolTip(tr("Needs a note (the reason)."));
        const QString to = o.toStatus;
        connect(b, &QPushButton::clicked, this, [this, to] { emit transitionRequested(to); });
        m_ui->transitionButtonsLayout->addWidget(b);
        m_transitionButtons.append(b);
    }
    m_ui->noActionsLabel->setVisible(m_transitions.isEmpty());
    m_ui->transitionNoteLineEdit->setVisible(!m_transitions.isEmpty());
}

void OrderOverviewTab::setState(const State& state)
{
    m_state = state;
    const bool canEdit = state.editable && state.canWrite;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->customerLineEdit, m_ui->projectLineEdit,
                                                      m_ui->salesLineEdit, m_ui->wantDateEdit,
                                                      m_ui->languageComboBox})
        w->setEnabled(canEdit);
    m_ui->notesTextEdit->setReadOnly(!canEdit);
    m_ui->saveButton->setVisible(state.editable);
    m_ui->saveButton->setEnabled(canEdit && hasUnsavedEdits());
    m_ui->editHintLabel->setText(state.editable || !state.loaded ? QString()
                                 : state.coordinator ? tr("The order can be edited only while it is “Order created”.")
                                                     : tr("Only coordinators edit orders."));
    for (QPushButton* b : std::as_const(m_transitionButtons))
        b->setEnabled(state.canWrite);
    m_ui->assignButton->setVisible(state.coordinator);
    m_ui->assigneeComboBox->setVisible(state.coordinator);
    m_ui->assignButton->setEnabled(state.canWrite);
    m_ui->claimButton->setVisible(state.assembler);
    m_ui->claimButton->setEnabled(state.assembler && state.canWrite && state.canClaim);
    m_ui->claimButton->setToolTip(state.canClaim ? QString() : state.claimBlockedBy);
    for (QPushButton* b : {m_ui->printTravelerButton, m_ui->printLabelsButton, m_ui->zplPreviewButton,
                           m_ui->exportTravelerButton})
        b->setEnabled(state.canPrint);
}

data::OrderEdit OrderOverviewTab::currentEdit() const
{
    return data::OrderEdit{m_ui->customerLineEdit->text().trimmed(), m_ui->projectLineEdit->text().trimmed(),
                           m_ui->salesLineEdit->text().trimmed(),    m_ui->wantDateEdit->date(),
                           m_ui->languageComboBox->currentData().toString(),
                           m_ui->notesTextEdit->toPlainText()};
}

bool OrderOverviewTab::hasUnsavedEdits() const
{
    return !m_detail.orderId.isEmpty() && !(currentEdit() == data::OrderEdit::from(m_detail));
}

QString OrderOverviewTab::transitionNote() const
{
    return m_ui->transitionNoteLineEdit->text().trimmed();
}

void OrderOverviewTab::clearTransitionNote()
{
    m_ui->transitionNoteLineEdit->clear();
}

void OrderOverviewTab::focusTransitionNote()
{
    m_ui->transitionNoteLineEdit->setFocus();
}

QString OrderOverviewTab::chosenAssignee() const
{
    return m_ui->assigneeComboBox->currentData().toString();
}

QPushButton* OrderOverviewTab::transitionButton(const QString& toStatus) const
{
    for (QPushButton* b : m_transitionButtons)
        if (b->property("toStatus").toString() == toStatus)
            return b;
    return nullptr;
}

void OrderOverviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();   // the words only: what the person typed stays
        showTransitions();
        setState(m_state);
    }
    QWidget::changeEvent(event);
}

} // namespace cs::ui
