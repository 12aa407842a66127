#pragma once

#include "data/assembly/workinstructionrepository.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cs::data {
class Session;
}

namespace cs::ui {

class MessageBar;

// Admin: the tools list (key, name, description, picture, active), each with its picture. A tool is
// chosen to change it, or "New tool" empties the form; a picture is taken from a PNG or JPEG file and
// stored before the tool. The server checks the key, name and description and says what is wrong; a
// tool is never deleted (made inactive instead: task lists made from then on leave it out).
class ToolsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ToolsDialog(data::Session* session, QWidget* parent = nullptr);
    ~ToolsDialog() override;

    // For tests: as the form does.
    bool selectTool(const QString& key);
    void newTool();
    void setPictureFile(const QString& path);
    bool save();
    const QList<data::Tool>& tools() const { return m_tools; }
    QString messageText() const;
    QTableWidget* table() const { return m_table; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QCheckBox* activeBox() const { return m_active; }
    // How many pictures of the list have arrived.
    int picturesShown() const { return m_picturesShown; }

signals:
    void loaded();
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The picture and the description field follow the font (larger in shop-floor mode).
    void updateSizes();
    void showPicture(const QImage& image);
    void reload(const QString& selectKey = {});
    void fillForm(const data::Tool& tool);
    void askPicture();
    void setBusy(bool busy);
    void saveWith(const data::Tool& tool);

    data::WorkInstructionRepository m_repository;
    QList<data::Tool> m_tools;
    int m_picturesShown = 0;
    QString m_pictureFile;      // a new picture, stored when the tool is saved
    QString m_pictureSha;       // the tool's picture now
    QImage m_pictureImage;      // what the picture field shows, at its own size
    bool m_busy = false;

    MessageBar* m_messageBar;
    QTableWidget* m_table;
    QLineEdit* m_key;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QLabel* m_picture;
    QPushButton* m_pictureButton;
    QCheckBox* m_active;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
};

} // namespace cs::ui
