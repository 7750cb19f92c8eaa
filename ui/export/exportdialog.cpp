#include "ui/export/exportdialog.h"

#include "ui/common/theme.h"
#include "ui/export/figureexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

#include <cmath>
#include <utility>

namespace actlab {

namespace {

enum Unit { Pixels, Centimetres, Inches };

}  // namespace

ExportDialog::ExportDialog(const Scene& initial, const QString& initialPath, Writer write, QWidget* parent)
    : QDialog(parent),
      m_initial(initial),
      m_write(std::move(write)),
      m_path(new QLineEdit(initialPath, this)),
      m_width(new QDoubleSpinBox(this)),
      m_height(new QDoubleSpinBox(this)),
      m_unit(new QComboBox(this)),
      m_dpi(new QSpinBox(this)),
      m_textScale(new QDoubleSpinBox(this)),
      m_theme(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_errorIcon(new QLabel(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Export figure"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_path->setToolTip(tr("The file to write; .png, .svg or .pdf chooses the format"));
    m_path->setAccessibleName(tr("File"));
    browse->setToolTip(tr("Choose the file to write in a file dialog"));

    for (QDoubleSpinBox* side : {m_width, m_height}) {
        side->setDecimals(0);
        side->setRange(16, kMaxFigurePixels);
    }
    m_width->setValue(initial.size.width());
    m_height->setValue(initial.size.height());
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_width->setToolTip(tr("Width of the figure, in the unit beside it"));
    m_height->setToolTip(tr("Height of the figure, in the unit beside it"));
    m_unit->addItems({tr("pixels"), tr("cm"), tr("inches")});
    m_unit->setToolTip(tr("Give the size in pixels, or as a printed size with the DPI below"));
    m_unit->setAccessibleName(tr("Size unit"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);

    m_dpi->setRange(36, 2400);
    m_dpi->setValue(int(std::lround(initial.dpi)));
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Resolution"));
    m_dpi->setToolTip(tr("Dots per inch: stored in PNGs and sets the PDF page size. Text keeps its point size, "
                         "so a 300-dpi figure has the proportions of the screen"));
    m_textScale->setRange(0.25, 8);
    m_textScale->setSingleStep(0.25);
    m_textScale->setValue(initial.textScale);
    m_textScale->setToolTip(tr("Scales text and lines together: above 1 for slides seen from the back row"));
    m_textScale->setAccessibleName(tr("Text and line scale"));
    for (const QString& id : Theme::ids()) m_theme->addItem(Theme::displayName(id), id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(initial.themeId)));
    m_theme->setToolTip(tr("The exported figure's theme; print uses greys only"));
    m_theme->setAccessibleName(tr("Figure theme"));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Text and lines:"), m_textScale);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_summary);

    // Where a failed Save says why; hidden until then.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Export problem"));
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon);
    errorRow->addWidget(m_error, 1);
    m_errorIcon->hide();
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Write the figure to the file"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without writing anything"));
    // The fields above were made before the Browse button: Tab goes from the file name to Browse.
    setTabOrder(m_path, browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(errorRow);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::unitChanged);
    for (QDoubleSpinBox* box : {m_width, m_height, m_textScale})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateSummary);
    updateSummary();
}

double ExportDialog::pixelsPerUnit() const
{
    switch (m_unit->currentIndex()) {
    case Centimetres: return m_dpi->value() / 2.54;
    case Inches: return m_dpi->value();
    default: return 1.0;
    }
}

void ExportDialog::unitChanged()
{
    // Keep the pixel size and show it in the new unit.
    const double previous = m_previousUnit == Centimetres ? m_dpi->value() / 2.54
                            : m_previousUnit == Inches    ? m_dpi->value()
                                                          : 1.0;
    const double width = m_width->value() * previous;
    const double height = m_height->value() * previous;
    m_previousUnit = m_unit->currentIndex();
    const double perUnit = pixelsPerUnit();
    for (QDoubleSpinBox* side : {m_width, m_height}) {
        side->setDecimals(m_previousUnit == Pixels ? 0 : 2);
        side->setRange(16 / perUnit, kMaxFigurePixels / perUnit);
    }
    m_width->setValue(width / perUnit);
    m_height->setValue(height / perUnit);
}

Scene ExportDialog::scene() const
{
    Scene scene = m_initial;
    const double perUnit = pixelsPerUnit();
    scene.size = QSize(int(std::lround(m_width->value() * perUnit)), int(std::lround(m_height->value() * perUnit)));
    scene.dpi = m_dpi->value();
    scene.textScale = m_textScale->value();
    scene.themeId = m_theme->currentData().toString();
    return scene;
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }

QString ExportDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::save()
{
    const QString problem = m_write(scene(), path());
    if (problem.isEmpty()) return accept();
    m_error->setText(tr("Not written: %1").arg(problem));
    m_errorIcon->show();
    m_error->show();
    // Most problems are in the file name (format, folder, permission): the cursor goes back there.
    m_path->setFocus();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export figure"), path(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

void ExportDialog::updateSummary()
{
    const Scene s = scene();
    FigureFormat format;
    const bool known = figureFormatForPath(path(), format);
    m_summary->setText(tr("%1 × %2 pixels, %3 × %4 cm%5")
                           .arg(s.size.width())
                           .arg(s.size.height())
                           .arg(s.size.width() / s.dpi * 2.54, 0, 'f', 1)
                           .arg(s.size.height() / s.dpi * 2.54, 0, 'f', 1)
                           .arg(known || path().isEmpty() ? QString() : tr(" — the file name must end in .png, .svg or .pdf")));
}

}  // namespace actlab
