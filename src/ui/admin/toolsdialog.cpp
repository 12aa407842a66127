#include "ui/admin/toolsdialog.h"

#include "ui/assembly/assemblyerrortext.h"
#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/messagebar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

enum Column { PictureColumn, KeyColumn, NameColumn, DescriptionColumn, ActiveColumn, ColumnCount };

constexpr int kThumb = 48;

} // namespace

ToolsDialog::ToolsDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_repository(*session)
    , m_messageBar(new MessageBar(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_picture(new QLabel(this))
    , m_pictureButton(new QPushButton(tr("Choose a &picture…"), this))
    , m_active(new QCheckBox(tr("&Active (new task lists name it)"), this))
    , m_newButton(new QPushButton(tr("&New tool"), this))
    , m_saveButton(new QPushButton(tr("&Save the tool"), this))
{
    setObjectName(QStringLiteral("ToolsDialog"));
    setWindowTitle(tr("Tools"));
    resize(1000, 680);

    m_table->setObjectName(QStringLiteral("toolsTable"));
    m_table->setHorizontalHeaderLabels({tr("Picture"), tr("Key"), tr("Name"), tr("Description"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(kThumb, kThumb));
    m_table->verticalHeader()->hide();
    // Rows as high as a thumbnail or a wrapped description needs (and shop-floor mode asks).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as what it shows; the descriptions have the room left over.
    ItemViewText::setSpareColumn(m_table, DescriptionColumn);

    m_key->setObjectName(QStringLiteral("toolKeyEdit"));
    m_key->setPlaceholderText(QStringLiteral("TK-TORQUE-5NM"));
    m_name->setObjectName(QStringLiteral("toolNameEdit"));
    m_description->setObjectName(QStringLiteral("toolDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_picture->setObjectName(QStringLiteral("toolPictureLabel"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_active->setObjectName(QStringLiteral("toolActiveBox"));
    m_saveButton->setObjectName(QStringLiteral("saveToolButton"));
    m_newButton->setObjectName(QStringLiteral("newToolButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_picture);
    pictureRow->addWidget(m_pictureButton);
    pictureRow->addStretch(1);
    form->addRow(tr("Picture:"), pictureRow);
    form->addRow(QString(), m_active);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_newButton);
    formButtons->addWidget(m_saveButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newButton, &QPushButton::clicked, this, &ToolsDialog::newTool);
    connect(m_saveButton, &QPushButton::clicked, this, &ToolsDialog::save);
    connect(m_pictureButton, &QPushButton::clicked, this, &ToolsDialog::askPicture);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_tools.size())
            fillForm(m_tools.at(row));
    });
    updateSizes();
    newTool();
    reload();
}

ToolsDialog::~ToolsDialog() = default;

void ToolsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateSizes();
    QDialog::changeEvent(event);
}

void ToolsDialog::updateSizes()
{
    // A picture of six lines' height, a description of four lines.
    const int line = fontMetrics().lineSpacing();
    m_picture->setFixedSize(6 * line, 6 * line);
    showPicture(m_pictureImage);
    const QMargins margins = m_description->contentsMargins();
    m_description->setMaximumHeight(4 * line + 2 * int(m_description->document()->documentMargin()) + margins.top()
                                    + margins.bottom() + 2 * m_description->frameWidth());
}

void ToolsDialog::showPicture(const QImage& image)
{
    m_pictureImage = image;
    if (image.isNull()) {
        m_picture->setPixmap(QPixmap());
        return;
    }
    m_picture->setPixmap(QPixmap::fromImage(image.scaled(m_picture->contentsRect().size(), Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation)));
}

QString ToolsDialog::messageText() const
{
    return m_messageBar->text();
}

void ToolsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    m_pictureButton->setEnabled(!busy);
}

void ToolsDialog::reload(const QString& selectKey)
{
    whenDone(this, m_repository.tools(), [this, selectKey](const data::Result<QList<data::Tool>>& r) {
        if (!r) {
            m_messageBar->showError(AssemblyErrorText::words(r.error()));
            emit loaded();
            return;
        }
        m_tools = r.value();
        m_picturesShown = 0;
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(m_tools.size()));
        for (int row = 0; row < m_tools.size(); ++row) {
            const data::Tool& tool = m_tools.at(row);
            m_table->setItem(row, PictureColumn, new QTableWidgetItem(tool.image.isEmpty() ? tr("none") : QString()));
            m_table->setItem(row, KeyColumn, new QTableWidgetItem(tool.key));
            m_table->setItem(row, NameColumn, new QTableWidgetItem(tool.name));
            m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(tool.description));
            m_table->setItem(row, ActiveColumn, new QTableWidgetItem(tool.active ? tr("yes") : tr("no")));
            if (tool.image.isEmpty())
                continue;
            whenDone(this, m_repository.image(tool.image), [this, key = tool.key](const data::Result<QByteArray>& bytes) {
                QImage image;
                if (!bytes || !image.loadFromData(bytes.value()))
                    return;
                for (int i = 0; i < m_tools.size(); ++i)
                    if (m_tools.at(i).key == key && m_table->item(i, PictureColumn)) {
                        m_table->item(i, PictureColumn)->setIcon(QPixmap::fromImage(
                            image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                        ++m_picturesShown;
                    }
                // The picture column and the rows make room for the thumbnail.
                ItemViewText::widenColumns(m_table);
            });
        }
        ItemViewText::fitColumns(m_table);
        if (!selectKey.isEmpty())
            selectTool(selectKey);
        emit loaded();
    });
}

bool ToolsDialog::selectTool(const QString& key)
{
    for (int row = 0; row < m_tools.size(); ++row)
        if (m_tools.at(row).key == key) {
            m_table->setCurrentCell(row, KeyColumn);
            fillForm(m_tools.at(row));
            return true;
        }
    return false;
}

void ToolsDialog::newTool()
{
    m_table->clearSelection();
    fillForm(data::Tool{});
    m_key->setFocus();
}

void ToolsDialog::fillForm(const data::Tool& tool)
{
    m_key->setText(tool.key);
    m_key->setReadOnly(!tool.id.isEmpty());   // a tool keeps its key
    m_name->setText(tool.name);
    m_description->setPlainText(tool.description);
    m_active->setChecked(tool.active);
    m_pictureFile.clear();
    m_pictureSha = tool.image;
    showPicture(QImage());
    m_picture->setText(tool.image.isEmpty() ? tr("No picture") : QString());
    if (tool.image.isEmpty())
        return;
    whenDone(this, m_repository.image(tool.image), [this, sha = tool.image](const data::Result<QByteArray>& bytes) {
        QImage image;
        if (m_pictureSha != sha || !m_pictureFile.isEmpty() || !bytes || !image.loadFromData(bytes.value()))
            return;
        showPicture(image);
    });
}

void ToolsDialog::askPicture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("A picture of the tool"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setPictureFile(path);
}

void ToolsDialog::setPictureFile(const QString& path)
{
    QImage image;
    if (!image.load(path)) {
        m_messageBar->showError(tr("%1 is not a picture that can be read.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_pictureFile = path;
    showPicture(image);
}

bool ToolsDialog::save()
{
    if (m_busy)
        return false;
    data::Tool tool;
    tool.key = m_key->text().trimmed();
    tool.name = m_name->text().trimmed();
    tool.description = m_description->toPlainText().trimmed();
    tool.image = m_pictureSha;
    tool.active = m_active->isChecked();
    if (m_pictureFile.isEmpty()) {
        saveWith(tool);
        return true;
    }
    QFile file(m_pictureFile);
    const QString lower = m_pictureFile.toLower();
    const QString mime = lower.endsWith(u".png") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_pictureFile), file.errorString()));
        return false;
    }
    setBusy(true);
    whenDone(this, m_repository.addImage(file.readAll(), mime), [this, tool](const data::Result<QString>& sha) mutable {
        if (!sha) {
            setBusy(false);
            m_messageBar->showError(tr("The picture was not stored: %1").arg(AssemblyErrorText::words(sha.error())));
            emit actionFinished(false);
            return;
        }
        tool.image = sha.value();
        saveWith(tool);
    });
    return true;
}

void ToolsDialog::saveWith(const data::Tool& tool)
{
    setBusy(true);
    whenDone(this, m_repository.saveTool(tool), [this, tool](const data::Result<QString>& r) {
        setBusy(false);
        if (!r) {
            m_messageBar->showError(tr("The tool was not saved: %1").arg(AssemblyErrorText::words(r.error())));
            emit actionFinished(false);
            return;
        }
        m_messageBar->showInfo(tr("%1 (%2) is saved.").arg(tool.name, tool.key));
        reload(tool.key);
        emit actionFinished(true);
    });
}

} // namespace cs::ui
