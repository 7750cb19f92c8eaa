#pragma once

#include <QWidget>

class QSlider;

namespace actlab {

class NumberSpinBox;

/// The temperature T: a slider on a log scale from 0.05 to 20 (T = 1 in the middle), and a number box
/// for an exact value in the same range.
class TemperatureControl : public QWidget {
    Q_OBJECT

public:
    explicit TemperatureControl(QWidget* parent = nullptr);

    /// Shows `temperature`, emitting nothing.
    void setTemperature(double temperature);

    /// The temperature at a slider position, rounded to 3 significant digits so the box reads "0.0501",
    /// and the position nearest a temperature.
    static double temperatureAt(int position);
    static int positionOf(double temperature);

signals:
    void temperatureEdited(double temperature);

private:
    QSlider* m_slider;
    NumberSpinBox* m_box;
};

}  // namespace actlab
