#pragma once

#include "data/orders/bomcheck.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;

namespace cs::ui {

// Why a BOM approval was not opened for signing: the stored BOM differs from the one its configuration
// gives (each difference in words: part number, name, stored and regenerated quantity), it was
// generated from another catalog revision than this PC has and differs (the differences listed too),
// or the check itself failed. Open it with
// open(); it only informs (Close).
class BomCheckDialog final : public QDialog
{
    Q_OBJECT
public:
    BomCheckDialog(const QString& buildNumber, int bomVersion, const data::BomCheckOutcome& outcome,
                   QWidget* parent = nullptr);

    // The explanation at the top, in words (also shown in the page's message bar).
    static QString explanation(const QString& buildNumber, int bomVersion, const data::BomCheckOutcome& outcome);

    QString explanationText() const;
    // The differences listed (empty unless the lines differ).
    QStringList differences() const;

private:
    QLabel* m_text;
    QListWidget* m_list;
};

} // namespace cs::ui
