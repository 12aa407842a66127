#include "ui/wizard/wizardpagesink.h"

#include "ui/wizard/bompreviewwidget.h"
#include "ui/wizard/orderwizard.h"
#include "ui_wizardpagesink.h"

#include <QDoubleValidator>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QRegularExpression>

namespace cs::ui {

using namespace cs::domain;

namespace {

const QStringList kStandardSizes{QStringLiteral("20X20X8"), QStringLiteral("24X20X8"), QStringLiteral("24X20X10"),
                                 QStringLiteral("30X20X8"), QStringLiteral("30X20X10")};

int buildOf(const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^builds\\[(\\d+)\\]"));
    const auto m = re.match(field);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

void fillBuildSelector(QComboBox* box, const OrderWizard* wizard,
                       const std::function<bool(const ValidationIssue&)>& errorIn,
                       const std::function<bool(const ValidationIssue&)>& mayShowCurrent)
{
    const OrderConfiguration& c = wizard->configuration();
    const QSignalBlocker block(box);
    QStringList texts;
    for (qsizetype i = 0; i < c.builds.size(); ++i) {
        // The build being edited is quiet until touched, as its fields are; another build says what
        // is left to do there.
        const bool bad = wizard->hasErrorsWhere([&](const ValidationIssue& issue) {
            return buildOf(issue.field) == int(i) && errorIn(issue)
                   && (int(i) != wizard->currentBuild() || mayShowCurrent(issue));
        });
        const QString number = c.builds.at(i).buildNumber.trimmed();
        texts << QCoreApplication::translate("cs::ui::WizardPageSink", "Build %1 · %2%3")
                     .arg(i + 1)
                     .arg(number.isEmpty() ? QCoreApplication::translate("cs::ui::WizardPageSink", "(no number)") : number,
                          bad ? QCoreApplication::translate("cs::ui::WizardPageSink", "  — needs attention") : QString());
    }
    bool same = box->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = box->itemText(i) == texts.at(i);
    if (!same) {
        box->clear();
        box->addItems(texts);
    }
    box->setCurrentIndex(wizard->currentBuild());
    box->setEnabled(texts.size() > 1);
}

WizardPageSink::WizardPageSink(OrderWizard* wizard)
    : WizardPage(wizard)
    , m_ui(std::make_unique<Ui::WizardPageSink>())
{
    m_ui->setupUi(this);
    setTitle(tr("Sink configuration"));
    setSubTitle(tr("Step 3 of 5 · Body, pegboard, basins, faucets and sprayers of each build. The BOM on the right "
                   "follows as you type; hover a line to see why it is there."));
    // The page fits a short screen: the form scrolls, and so do the BOM lines (no minimum height here).
    for (QWidget* w : {static_cast<QWidget*>(m_ui->legsWidget), static_cast<QWidget*>(m_ui->pegboardSizeWidget)})
        w->setMinimumHeight(38);
    for (int i = 1; i <= 3; ++i)
        findChild<QWidget*>(QStringLiteral("basin%1SizeWidget").arg(i))->setMinimumHeight(38);
    // Two fifths for the form (it scrolls), three for the BOM preview: its part names are read whole.
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({2000, 3000});

    auto* positive = new QDoubleValidator(0, 1000, 1, this);
    positive->setNotation(QDoubleValidator::StandardNotation);
    for (QLineEdit* e : findChildren<QLineEdit*>()) {
        e->setValidator(positive);
        e->setMaximumWidth(160); // inches: a few digits
    }
    rebind();
    setFallbackLabel(m_ui->buildErrorLabel);

    connect(m_ui->buildComboBox, &QComboBox::currentIndexChanged, wizard, &OrderWizard::setCurrentBuild);
    connect(wizard, &OrderWizard::currentBuildChanged, this, [this] {
        rebind();
        updateView();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        const int from = m_ui->copyFromComboBox->currentData().toInt();
        const int to = orderWizard()->currentBuild();
        change([&](OrderConfiguration& c) {
            if (from >= 0 && from < c.builds.size() && to < c.builds.size() && from != to)
                c.builds[to].config = c.builds[from].config; // every field (2); the user then adjusts
        });
    });

    // Body
    connect(m_ui->modelComboBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { changeBuild([&](SinkConfiguration& s) { s.setModel(SinkModel(i)); }); });
    connect(m_ui->widthLineEdit, &QLineEdit::textChanged, this,
            [this] { changeBuild([&](SinkConfiguration& s) { s.widthIn = number(m_ui->widthLineEdit); }); });
    connect(m_ui->lengthLineEdit, &QLineEdit::textChanged, this,
            [this] { changeBuild([&](SinkConfiguration& s) { s.lengthIn = number(m_ui->lengthLineEdit); }); });
    connect(m_ui->legsHeightComboBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { changeBuild([&](SinkConfiguration& s) { s.legs.height = LegsHeight(i); }); });
    connect(m_ui->legsModelComboBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { changeBuild([&](SinkConfiguration& s) { s.legs.model = LegsModel(i); }); });
    connect(m_ui->feetComboBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { changeBuild([&](SinkConfiguration& s) { s.feet = Feet(i); }); });
    connect(m_ui->workflowComboBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { changeBuild([&](SinkConfiguration& s) { s.workflowDirection = WorkflowDirection(i + 1); }); });

    // Pegboard
    connect(m_ui->pegboardCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        changeBuild([&](SinkConfiguration& s) { s.pegboard = on ? std::optional<Pegboard>(Pegboard{}) : std::nullopt; });
    });
    auto peg = [this](const std::function<void(Pegboard&)>& fn) {
        changeBuild([&](SinkConfiguration& s) {
            if (s.pegboard)
                fn(*s.pegboard);
        });
    };
    connect(m_ui->pegboardTypeComboBox, &QComboBox::currentIndexChanged, this,
            [peg](int i) { peg([&](Pegboard& p) { p.type = PegboardType(i); }); });
    connect(m_ui->pegboardColorComboBox, &QComboBox::currentIndexChanged, this,
            [peg](int i) { peg([&](Pegboard& p) { p.color = PegboardColor(i); }); });
    connect(m_ui->pegboardSizeComboBox, &QComboBox::currentIndexChanged, this, [this, peg](int i) {
        peg([&](Pegboard& p) {
            p.size.kind = i == 0 ? PegboardSize::Kind::SameAsSink : PegboardSize::Kind::Custom;
            p.size.widthIn = i == 0 ? std::nullopt : number(m_ui->pegboardWidthLineEdit);
            p.size.lengthIn = i == 0 ? std::nullopt : number(m_ui->pegboardLengthLineEdit);
        });
    });
    connect(m_ui->pegboardWidthLineEdit, &QLineEdit::textChanged, this,
            [this, peg] { peg([&](Pegboard& p) { p.size.widthIn = number(m_ui->pegboardWidthLineEdit); }); });
    connect(m_ui->pegboardLengthLineEdit, &QLineEdit::textChanged, this,
            [this, peg] { peg([&](Pegboard& p) { p.size.lengthIn = number(m_ui->pegboardLengthLineEdit); }); });

    // Basins
    for (int b = 0; b < 3; ++b) {
        auto basin = [this, b](const std::function<void(Basin&)>& fn) {
            changeBuild([&](SinkConfiguration& s) {
                if (b < s.basins.size())
                    fn(s.basins[b]);
            });
        };
        const int n = b + 1;
        auto* type = findChild<QComboBox*>(QStringLiteral("basin%1TypeComboBox").arg(n));
        auto* size = findChild<QComboBox*>(QStringLiteral("basin%1SizeComboBox").arg(n));
        auto* w = findChild<QLineEdit*>(QStringLiteral("basin%1WidthLineEdit").arg(n));
        auto* l = findChild<QLineEdit*>(QStringLiteral("basin%1LengthLineEdit").arg(n));
        auto* d = findChild<QLineEdit*>(QStringLiteral("basin%1DepthLineEdit").arg(n));
        auto* ptrap = findChild<QCheckBox*>(QStringLiteral("basin%1PTrapCheckBox").arg(n));
        auto* light = findChild<QCheckBox*>(QStringLiteral("basin%1LightCheckBox").arg(n));
        for (QLineEdit* e : {w, l, d})
            e->setMaximumWidth(90);
        connect(type, &QComboBox::currentIndexChanged, this,
                [basin](int i) { basin([&](Basin& x) { x.type = BasinType(i); }); });
        connect(size, &QComboBox::currentIndexChanged, this, [basin, w, l, d](int i) {
            basin([&](Basin& x) {
                x.size = BasinSize{};
                if (i >= 1 && i <= kStandardSizes.size()) {
                    x.size.kind = BasinSize::Kind::Standard;
                    x.size.standard = kStandardSizes.at(i - 1);
                } else if (i > kStandardSizes.size()) {
                    x.size.kind = BasinSize::Kind::Custom;
                    x.size.widthIn = number(w);
                    x.size.lengthIn = number(l);
                    x.size.depthIn = number(d);
                }
            });
        });
        connect(w, &QLineEdit::textChanged, this, [basin, w] { basin([&](Basin& x) { x.size.widthIn = number(w); }); });
        connect(l, &QLineEdit::textChanged, this, [basin, l] { basin([&](Basin& x) { x.size.lengthIn = number(l); }); });
        connect(d, &QLineEdit::textChanged, this, [basin, d] { basin([&](Basin& x) { x.size.depthIn = number(d); }); });
        connect(ptrap, &QCheckBox::toggled, this, [basin](bool on) { basin([&](Basin& x) { x.pTrap = on; }); });
        connect(light, &QCheckBox::toggled, this, [basin](bool on) { basin([&](Basin& x) { x.basinLight = on; }); });
    }

    // Faucets
    connect(m_ui->faucetCountSpinBox, &QSpinBox::valueChanged, this, [this](int n) {
        changeBuild([&](SinkConfiguration& s) {
            while (s.faucets.size() > n)
                s.faucets.removeLast();
            while (s.faucets.size() < n)
                s.faucets.append(Faucet{});
        });
    });
    for (int f = 0; f < 3; ++f) {
        auto faucet = [this, f](const std::function<void(Faucet&)>& fn) {
            changeBuild([&](SinkConfiguration& s) {
                if (f < s.faucets.size())
                    fn(s.faucets[f]);
            });
        };
        connect(findChild<QComboBox*>(QStringLiteral("faucet%1TypeComboBox").arg(f + 1)), &QComboBox::currentIndexChanged,
                this, [faucet](int i) { faucet([&](Faucet& x) { x.type = FaucetType(i); }); });
        connect(findChild<QComboBox*>(QStringLiteral("faucet%1PlacementComboBox").arg(f + 1)),
                &QComboBox::currentIndexChanged, this,
                [faucet](int i) { faucet([&](Faucet& x) { x.placement = FaucetPlacement(i); }); });
    }

    // Sprayers
    connect(m_ui->sprayersCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        const int n = m_ui->sprayerCountSpinBox->value();
        changeBuild([&](SinkConfiguration& s) {
            s.sprayers.clear();
            if (on)
                s.sprayers.resize(n);
        });
    });
    connect(m_ui->sprayerCountSpinBox, &QSpinBox::valueChanged, this, [this](int n) {
        changeBuild([&](SinkConfiguration& s) {
            if (!s.sprayers.isEmpty())
                s.sprayers.resize(n);
        });
    });
    for (int p = 0; p < 2; ++p) {
        auto sprayer = [this, p](const std::function<void(Sprayer&)>& fn) {
            changeBuild([&](SinkConfiguration& s) {
                if (p < s.sprayers.size())
                    fn(s.sprayers[p]);
            });
        };
        connect(findChild<QComboBox*>(QStringLiteral("sprayer%1TypeComboBox").arg(p + 1)), &QComboBox::currentIndexChanged,
                this, [sprayer](int i) { sprayer([&](Sprayer& x) { x.type = SprayerType(i); }); });
        connect(findChild<QComboBox*>(QStringLiteral("sprayer%1LocationComboBox").arg(p + 1)),
                &QComboBox::currentIndexChanged, this,
                [sprayer](int i) { sprayer([&](Sprayer& x) { x.location = SprayerLocation(i); }); });
    }
    m_ui->previewWidget->attach(wizard);
    updateView();
}

void WizardPageSink::initializePage()
{
    WizardPage::initializePage();
    // The form as wide as its fields (it scrolls down, not sideways) when the BOM preview keeps enough
    // room beside it; otherwise the splitter's shares.
    QScrollArea* area = m_ui->scrollArea;
    const int form = m_ui->scrollContents->minimumSizeHint().width() + area->verticalScrollBar()->sizeHint().width()
                     + 2 * area->frameWidth();
    const int total = m_ui->splitter->width() - m_ui->splitter->handleWidth();
    if (total - form >= m_ui->previewWidget->minimumWidth() + form / 4)
        m_ui->splitter->setSizes({form, total - form});
}

WizardPageSink::~WizardPageSink() = default;

BomPreviewWidget* WizardPageSink::preview() const
{
    return m_ui->previewWidget;
}

QString WizardPageSink::fieldPrefix() const
{
    return QStringLiteral("builds[%1].").arg(orderWizard()->currentBuild());
}

bool WizardPageSink::owns(const ValidationIssue& issue) const
{
    // Every build's configuration except its accessories and its number (steps 4 and 2).
    static const QRegularExpression re(QStringLiteral("^builds\\[\\d+\\]\\.(?!accessories|buildNumber)"));
    return re.match(issue.field).hasMatch();
}

void WizardPageSink::rebind()
{
    bindField(QStringLiteral("model"), m_ui->modelComboBox, m_ui->modelErrorLabel);
    bindField(QStringLiteral("widthIn"), m_ui->widthLineEdit, m_ui->widthErrorLabel);
    bindField(QStringLiteral("lengthIn"), m_ui->lengthLineEdit, m_ui->lengthErrorLabel);
    bindField(QStringLiteral("legs"), m_ui->legsWidget, m_ui->legsErrorLabel);
    bindField(QStringLiteral("feet"), m_ui->feetComboBox, m_ui->feetErrorLabel);
    bindField(QStringLiteral("workflowDirection"), m_ui->workflowComboBox, m_ui->workflowErrorLabel);
    bindField(QStringLiteral("pegboard.type"), m_ui->pegboardTypeComboBox, m_ui->pegboardTypeErrorLabel);
    bindField(QStringLiteral("pegboard.color"), m_ui->pegboardColorComboBox, m_ui->pegboardColorErrorLabel);
    bindField(QStringLiteral("pegboard.size"), m_ui->pegboardSizeWidget, m_ui->pegboardSizeErrorLabel);
    bindField(QStringLiteral("basins"), m_ui->basinsGroupBox, m_ui->basinsErrorLabel);
    bindField(QStringLiteral("faucets"), m_ui->faucetCountSpinBox, m_ui->faucetsErrorLabel);
    bindField(QStringLiteral("sprayers"), m_ui->sprayersCheckBox, m_ui->sprayersErrorLabel);
    for (int i = 1; i <= 3; ++i) {
        bindField(QStringLiteral("basins[%1].type").arg(i - 1), findChild<QWidget*>(QStringLiteral("basin%1TypeComboBox").arg(i)),
                  findChild<QLabel*>(QStringLiteral("basin%1TypeErrorLabel").arg(i)));
        bindField(QStringLiteral("basins[%1].size").arg(i - 1), findChild<QWidget*>(QStringLiteral("basin%1SizeWidget").arg(i)),
                  findChild<QLabel*>(QStringLiteral("basin%1SizeErrorLabel").arg(i)));
        bindField(QStringLiteral("faucets[%1]").arg(i - 1), findChild<QWidget*>(QStringLiteral("faucet%1Widget").arg(i)),
                  findChild<QLabel*>(QStringLiteral("faucet%1ErrorLabel").arg(i)));
    }
    for (int i = 1; i <= 2; ++i)
        bindField(QStringLiteral("sprayers[%1]").arg(i - 1), findChild<QWidget*>(QStringLiteral("sprayer%1Widget").arg(i)),
                  findChild<QLabel*>(QStringLiteral("sprayer%1ErrorLabel").arg(i)));
}

void WizardPageSink::changeBuild(const std::function<void(SinkConfiguration&)>& fn)
{
    const int b = orderWizard()->currentBuild();
    change([&](OrderConfiguration& c) {
        if (b < c.builds.size()) {
            if (!c.builds[b].config)
                c.builds[b].config = SinkConfiguration{};
            fn(*c.builds[b].config);
        }
    });
}

void WizardPageSink::refresh()
{
    const OrderConfiguration& order = configuration();
    fillBuildSelector(m_ui->buildComboBox, orderWizard(), [this](const ValidationIssue& i) { return owns(i); },
                      [this](const ValidationIssue& i) { return mayShow(i.field); });
    const int current = orderWizard()->currentBuild();
    {
        const QSignalBlocker block(m_ui->copyFromComboBox);
        m_ui->copyFromComboBox->clear();
        for (qsizetype i = 0; i < order.builds.size(); ++i)
            if (i != current)
                m_ui->copyFromComboBox->addItem(
                    tr("Build %1 · %2").arg(i + 1).arg(order.builds.at(i).buildNumber), int(i));
    }
    const bool canCopy = m_ui->copyFromComboBox->count() > 0;
    m_ui->copyFromLabel->setVisible(canCopy);
    m_ui->copyFromComboBox->setVisible(canCopy);
    m_ui->copyButton->setVisible(canCopy);

    if (current >= order.builds.size())
        return;
    const SinkConfiguration s = order.builds.at(current).config.value_or(SinkConfiguration{});
    setIndex(m_ui->modelComboBox, s.model == SinkModel::Invalid ? 0 : int(s.model));
    setNumber(m_ui->widthLineEdit, s.widthIn);
    setNumber(m_ui->lengthLineEdit, s.lengthIn);
    setIndex(m_ui->legsHeightComboBox, s.legs.height == LegsHeight::Invalid ? 0 : int(s.legs.height));
    setIndex(m_ui->legsModelComboBox, s.legs.model == LegsModel::Invalid ? 0 : int(s.legs.model));
    setIndex(m_ui->feetComboBox, s.feet == Feet::Invalid ? 0 : int(s.feet));
    setIndex(m_ui->workflowComboBox, s.workflowDirection == WorkflowDirection::RightToLeft ? 1 : 0);

    {
        const QSignalBlocker block(m_ui->pegboardCheckBox);
        m_ui->pegboardCheckBox->setChecked(s.pegboard.has_value());
    }
    m_ui->pegboardGroupBox->setVisible(s.pegboard.has_value());
    if (s.pegboard) {
        const Pegboard& p = *s.pegboard;
        setIndex(m_ui->pegboardTypeComboBox, p.type == PegboardType::Invalid ? 0 : int(p.type));
        setIndex(m_ui->pegboardColorComboBox, p.color == PegboardColor::Invalid ? 0 : int(p.color));
        const bool custom = p.size.kind == PegboardSize::Kind::Custom;
        setIndex(m_ui->pegboardSizeComboBox, custom ? 1 : 0);
        m_ui->pegboardWidthLineEdit->setVisible(custom);
        m_ui->pegboardLengthLineEdit->setVisible(custom);
        if (custom) {
            setNumber(m_ui->pegboardWidthLineEdit, p.size.widthIn);
            setNumber(m_ui->pegboardLengthLineEdit, p.size.lengthIn);
        }
    }

    const int basinCount = int(s.basins.size());
    int diBasins = 0;
    m_ui->basinsGroupBox->setVisible(basinCount > 0);
    for (int b = 0; b < 3; ++b) {
        const int n = b + 1;
        findChild<QWidget*>(QStringLiteral("basin%1GroupBox").arg(n))->setVisible(b < basinCount);
        if (b >= basinCount)
            continue;
        const Basin& basin = s.basins.at(b);
        if (basin.type == BasinType::ESinkDi)
            ++diBasins;
        setIndex(findChild<QComboBox*>(QStringLiteral("basin%1TypeComboBox").arg(n)),
                 basin.type == BasinType::Invalid ? 0 : int(basin.type));
        int sizeIndex = 0;
        if (basin.size.kind == BasinSize::Kind::Standard)
            sizeIndex = int(kStandardSizes.indexOf(basin.size.standard)) + 1;
        else if (basin.size.kind == BasinSize::Kind::Custom)
            sizeIndex = int(kStandardSizes.size()) + 1;
        setIndex(findChild<QComboBox*>(QStringLiteral("basin%1SizeComboBox").arg(n)), sizeIndex);
        const bool custom = basin.size.kind == BasinSize::Kind::Custom;
        auto* w = findChild<QLineEdit*>(QStringLiteral("basin%1WidthLineEdit").arg(n));
        auto* l = findChild<QLineEdit*>(QStringLiteral("basin%1LengthLineEdit").arg(n));
        auto* d = findChild<QLineEdit*>(QStringLiteral("basin%1DepthLineEdit").arg(n));
        for (QLineEdit* e : {w, l, d})
            e->setVisible(custom);
        if (custom) {
            setNumber(w, basin.size.widthIn);
            setNumber(l, basin.size.lengthIn);
            setNumber(d, basin.size.depthIn);
        }
        for (const auto& [name, value] : {std::pair{QStringLiteral("basin%1PTrapCheckBox"), basin.pTrap},
                                          std::pair{QStringLiteral("basin%1LightCheckBox"), basin.basinLight}}) {
            auto* box = findChild<QCheckBox*>(name.arg(n));
            const QSignalBlocker block(box);
            box->setChecked(value);
        }
    }

    // Faucets: the E-Sink DI goosenecks come first and are locked (5.4).
    const int faucets = int(s.faucets.size());
    {
        const QSignalBlocker block(m_ui->faucetCountSpinBox);
        m_ui->faucetCountSpinBox->setMinimum(diBasins);
        m_ui->faucetCountSpinBox->setMaximum(3);
        m_ui->faucetCountSpinBox->setValue(faucets);
    }
    for (int f = 0; f < 3; ++f) {
        const int n = f + 1;
        findChild<QWidget*>(QStringLiteral("faucet%1Label").arg(n))->setVisible(f < faucets);
        findChild<QWidget*>(QStringLiteral("faucet%1Field").arg(n))->setVisible(f < faucets);
        if (f >= faucets)
            continue;
        const Faucet& x = s.faucets.at(f);
        auto* type = findChild<QComboBox*>(QStringLiteral("faucet%1TypeComboBox").arg(n));
        setIndex(type, x.type == FaucetType::Invalid ? 0 : int(x.type));
        const bool locked = f < diBasins && x.type == FaucetType::DiGooseneck;
        type->setEnabled(!locked);
        type->setToolTip(locked ? tr("Added for the E-Sink DI basin; it stays while that basin is E-Sink DI. "
                                     "You may change its placement.")
                                : QString());
        auto* placement = findChild<QComboBox*>(QStringLiteral("faucet%1PlacementComboBox").arg(n));
        setIndex(placement, x.placement == FaucetPlacement::Invalid ? 0 : int(x.placement));
        // Only the placements this sink has (5.4).
        auto* view = qobject_cast<QListView*>(placement->view());
        for (int p = 1; p < placement->count(); ++p) {
            const auto fp = FaucetPlacement(p);
            const int basin = fp == FaucetPlacement::Between12 ? 2
                              : fp == FaucetPlacement::Between23 ? 3
                                                                 : p;
            if (view)
                view->setRowHidden(p, basin > basinCount);
        }
    }

    {
        const QSignalBlocker block(m_ui->sprayersCheckBox);
        m_ui->sprayersCheckBox->setChecked(!s.sprayers.isEmpty());
    }
    const int sprayers = int(s.sprayers.size());
    m_ui->sprayerCountSpinBox->setVisible(sprayers > 0);
    if (sprayers > 0 && sprayers <= 2) {
        const QSignalBlocker block(m_ui->sprayerCountSpinBox);
        m_ui->sprayerCountSpinBox->setValue(sprayers);
    }
    for (int p = 0; p < 2; ++p) {
        const int n = p + 1;
        findChild<QWidget*>(QStringLiteral("sprayer%1Label").arg(n))->setVisible(p < sprayers);
        findChild<QWidget*>(QStringLiteral("sprayer%1Field").arg(n))->setVisible(p < sprayers);
        if (p >= sprayers)
            continue;
        const Sprayer& x = s.sprayers.at(p);
        setIndex(findChild<QComboBox*>(QStringLiteral("sprayer%1TypeComboBox").arg(n)),
                 x.type == SprayerType::Invalid ? 0 : int(x.type));
        setIndex(findChild<QComboBox*>(QStringLiteral("sprayer%1LocationComboBox").arg(n)),
                 x.location == SprayerLocation::Invalid ? 0 : int(x.location));
    }
}

} // namespace cs::ui
