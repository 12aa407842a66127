#pragma once

class QLabel;
class QPushButton;
class QWidget;

namespace cs::ui::BenchWidgets {

// The bench's building blocks, one way for the whole bench: a push button of at least 48 px (a gloved
// finger) that is never a dialog's default, and a label of plain text that wraps.
QPushButton* bigButton(const char* objectName, QWidget* parent);
QLabel* wrapLabel(const char* objectName, QWidget* parent);

} // namespace cs::ui::BenchWidgets
