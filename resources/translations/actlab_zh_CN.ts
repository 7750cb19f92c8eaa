<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MaxoutDiagram</name>
    <message>
        <source>bold: each group&apos;s winner at the probe,
the only unit the gradient reaches</source>
        <translation>粗体：探针处每个分组的胜出单元，
也是梯度唯一能到达的单元</translation>
    </message>
</context>
<context>
    <name>MaxoutPresets</name>
    <message>
        <source>Default (2 groups)</source>
        <translation>默认（2 个分组）</translation>
    </message>
    <message>
        <source>Lecture example</source>
        <translation>课程示例</translation>
    </message>
    <message>
        <source>ReLU = max(0, x)</source>
        <translation>ReLU = max(0, x)</translation>
    </message>
    <message>
        <source>ReLU of x₁ and of x₂</source>
        <translation>x₁ 与 x₂ 各自的 ReLU</translation>
    </message>
    <message>
        <source>|x| = max(−x, x)</source>
        <translation>|x| = max(−x, x)</translation>
    </message>
    <message>
        <source>|x₁| and |x₂|</source>
        <translation>|x₁| 与 |x₂|</translation>
    </message>
    <message>
        <source>Leaky ReLU = max(0.1x, x)</source>
        <translation>Leaky ReLU = max(0.1x, x)</translation>
    </message>
    <message>
        <source>Leaky ReLU of x₁, x₂</source>
        <translation>x₁、x₂ 的 Leaky ReLU</translation>
    </message>
    <message>
        <source>x² by k tangents</source>
        <translation>用 k 条切线逼近 x²</translation>
    </message>
    <message>
        <source>softplus by k tangents</source>
        <translation>用 k 条切线逼近 softplus</translation>
    </message>
    <message>
        <source>Four units in two groups of two: two different piecewise-linear outputs.</source>
        <translation>四个单元分成两组、每组两个：得到两个不同的分段线性输出。</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: x₁, x₂ feed 4 units, split into 2 groups of 2, so the layer has 2 outputs.</source>
        <translation>课程中的示例：x₁、x₂ 输入 4 个单元，分成 2 组、每组 2 个，因此该层有 2 个输出。</translation>
    </message>
    <message>
        <source>ReLU is maxout&apos;s special case max(0, x). The zero unit comes first, so at the tie x = 0 it wins and the derivative there is 0, as relu′(0) = 0.</source>
        <translation>ReLU 是 maxout 的特例 max(0, x)。零单元排在前面，因此在 x = 0 处取值相等时由它胜出，该点的导数为 0，与 relu′(0) = 0 一致。</translation>
    </message>
    <message>
        <source>Two groups: max(0, x₁) and max(0, x₂).</source>
        <translation>两个分组：max(0, x₁) 和 max(0, x₂)。</translation>
    </message>
    <message>
        <source>The absolute value as the maximum of two lines.</source>
        <translation>绝对值即两条直线的最大值。</translation>
    </message>
    <message>
        <source>Two groups: |x₁| and |x₂|.</source>
        <translation>两个分组：|x₁| 和 |x₂|。</translation>
    </message>
    <message>
        <source>Leaky ReLU with negative slope 0.1 as the maximum of two lines.</source>
        <translation>负斜率为 0.1 的 Leaky ReLU，即两条直线的最大值。</translation>
    </message>
    <message>
        <source>Two groups: leaky ReLU (slope 0.1) of x₁ and of x₂.</source>
        <translation>两个分组：x₁ 和 x₂ 各自的 Leaky ReLU（斜率 0.1）。</translation>
    </message>
    <message>
        <source>One group of k tangent lines under x² (switches to one input). Move k to see the maximum error shrink like 1/k².</source>
        <translation>在 x² 下方用一组 k 条切线逼近（切换为单输入）。调节 k，可见最大误差按 1/k² 缩小。</translation>
    </message>
    <message>
        <source>One group of k tangent lines under softplus(x) = log(1 + eˣ) (switches to one input). Move k to see the maximum error shrink.</source>
        <translation>在 softplus(x) = log(1 + eˣ) 下方用一组 k 条切线逼近（切换为单输入）。调节 k，可见最大误差缩小。</translation>
    </message>
</context>
<context>
    <name>MaxoutText</name>
    <message>
        <source>%1, groups of k = %2 → %3</source>
        <translation>%1，每组 k = %2 个 → %3</translation>
    </message>
    <message numerus="yes">
        <source>m = %n units</source>
        <translation>
            <numerusform>m = %n 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n 个输出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(k does not divide m: the last group has only %n units)</source>
        <translation>
            <numerusform>（k 不能整除 m：最后一组只有 %n 个单元）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::CurvesPlot</name>
    <message>
        <source>Curves plot</source>
        <translation>函数曲线图</translation>
    </message>
    <message>
        <source>%1
x = %2
y = %3</source>
        <translation>%1
x = %2
y = %3</translation>
    </message>
    <message>
        <source>Click to set the probe, drag its line to move it, drag elsewhere to pan, wheel to zoom, double-click to reset; arrow keys move the probe; right-click for a menu.</source>
        <translation>单击设置探针，拖动探针线可移动它，拖动其他位置可平移，滚轮缩放，双击复位；方向键移动探针；右键单击打开菜单。</translation>
    </message>
    <message>
        <source>Copy probe values</source>
        <translation>复制探针处的值</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
</context>
<context>
    <name>actlab::CurvesStateJson</name>
    <message>
        <source>expected [from, to] with from &lt; to, both within ±%1</source>
        <translation>应为 [起点, 终点]，起点 &lt; 终点，且均在 ±%1 以内</translation>
    </message>
    <message>
        <source>the range must be at least %1 wide</source>
        <translation>范围宽度至少为 %1</translation>
    </message>
    <message>
        <source>expected an activation id</source>
        <translation>应为激活函数 id</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;</source>
        <translation>未知激活函数“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
</context>
<context>
    <name>actlab::CurvesView</name>
    <message>
        <source>Curves</source>
        <translation>函数曲线</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>At the probe</source>
        <translation>探针处</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>重点标注</translation>
    </message>
</context>
<context>
    <name>actlab::DepthControls</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Chain h₀ = x,  hₗ = act(wₗ·hₗ₋₁ + bₗ)</source>
        <translation>链式网络 h₀ = x，hₗ = act(wₗ·hₗ₋₁ + bₗ)</translation>
    </message>
    <message>
        <source>Number of layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <source>Layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>Weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Per-layer weights</source>
        <translation>逐层权重</translation>
    </message>
    <message>
        <source>Randomize each layer&apos;s w and b</source>
        <translation>随机化每一层的 w 和 b</translation>
    </message>
    <message>
        <source>Randomize each layer</source>
        <translation>随机化每一层</translation>
    </message>
    <message>
        <source>Each layer draws its own weight from [w − spread, w + spread) and bias from [b − spread, b + spread), reproducibly from the seed</source>
        <translation>每一层从 [w − 幅度, w + 幅度) 中抽取自己的权重，从 [b − 幅度, b + 幅度) 中抽取偏置，由种子决定、可以复现</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same layers, on every machine</source>
        <translation>同一个种子在任何机器上都生成相同的各层</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Draw different layers: the next seed</source>
        <translation>抽取不同的各层：使用下一个种子</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>幅度</translation>
    </message>
    <message>
        <source>Spread ±</source>
        <translation>幅度 ±</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Activations to compare</source>
        <translation>要比较的激活函数</translation>
    </message>
    <message>
        <source>Tick the activations whose gradient to follow through the layers</source>
        <translation>勾选要跟踪其梯度穿过各层的激活函数</translation>
    </message>
    <message>
        <source>how many layers the input passes through</source>
        <translation>输入要经过多少层</translation>
    </message>
    <message>
        <source>the input h₀ fed to the first layer</source>
        <translation>送入第一层的输入 h₀</translation>
    </message>
    <message>
        <source>the weight of every layer (the centre of the range when randomized)</source>
        <translation>每一层的权重（随机化时为取值范围的中心）</translation>
    </message>
    <message>
        <source>the bias of every layer (the centre of the range when randomized)</source>
        <translation>每一层的偏置（随机化时为取值范围的中心）</translation>
    </message>
    <message>
        <source>how far each layer&apos;s w and b may lie from the sliders&apos; values</source>
        <translation>每一层的 w 和 b 可以偏离滑块值多远</translation>
    </message>
</context>
<context>
    <name>actlab::DepthPlot</name>
    <message>
        <source>|∂hₗ/∂x|</source>
        <translation>|∂hₗ/∂x|</translation>
    </message>
    <message>
        <source>|wₗ·act′(zₗ)|</source>
        <translation>|wₗ·act′(zₗ)|</translation>
    </message>
    <message>
        <source>layer l</source>
        <translation>第 l 层</translation>
    </message>
    <message>
        <source>%1 factor</source>
        <translation>%1 因子</translation>
    </message>
    <message>
        <source>%1: 0 from l = %2 (w = 0)</source>
        <translation>%1：从 l = %2 起为 0（w = 0）</translation>
    </message>
    <message>
        <source>%1: 0 (dead) from l = %2</source>
        <translation>%1：从 l = %2 起为 0（死亡）</translation>
    </message>
    <message>
        <source>%1 vanished (&lt; 10⁻⁸) at l = %2</source>
        <translation>%1 在 l = %2 处消失（&lt; 10⁻⁸）</translation>
    </message>
    <message>
        <source>%1 exploded (&gt; 10⁸) at l = %2</source>
        <translation>%1 在 l = %2 处爆炸（&gt; 10⁸）</translation>
    </message>
    <message>
        <source>%1: exactly 1 at every layer</source>
        <translation>%1：每一层都恰好为 1</translation>
    </message>
    <message>
        <source>%1: %2 at l = %3</source>
        <translation>%1：在 l = %3 处为 %2</translation>
    </message>
    <message>
        <source>σ bound ∏ 0.25·|wₖ|</source>
        <translation>σ 上界 ∏ 0.25·|wₖ|</translation>
    </message>
    <message>
        <source>σ bound 0.25ˡ·|w|ˡ</source>
        <translation>σ 上界 0.25ˡ·|w|ˡ</translation>
    </message>
    <message>
        <source>sigmoid&apos;s largest factor 0.25·|wₗ|</source>
        <translation>sigmoid 的最大因子 0.25·|wₗ|</translation>
    </message>
    <message>
        <source>10⁻⁸: vanished</source>
        <translation>10⁻⁸：梯度消失</translation>
    </message>
    <message>
        <source>10⁸: exploded</source>
        <translation>10⁸：梯度爆炸</translation>
    </message>
    <message>
        <source>wₗ ∈ [%1, %2),  bₗ ∈ [%3, %4),  seed %5</source>
        <translation>wₗ ∈ [%1, %2)，bₗ ∈ [%3, %4)，种子 %5</translation>
    </message>
    <message>
        <source>w = %1,  b = %2</source>
        <translation>w = %1，b = %2</translation>
    </message>
    <message>
        <source>Factor per layer |wₗ·act′(zₗ)|, zₗ = wₗ·hₗ₋₁ + bₗ: below 1 the gradient shrinks.  Dashed: sigmoid&apos;s largest factor, 0.25·|wₗ|</source>
        <translation>每层因子 |wₗ·act′(zₗ)|，zₗ = wₗ·hₗ₋₁ + bₗ：小于 1 时梯度缩小。虚线：sigmoid 的最大因子 0.25·|wₗ|</translation>
    </message>
    <message>
        <source>Factor per layer |wₗ·act′(zₗ)|, zₗ = wₗ·hₗ₋₁ + bₗ: below 1 the gradient shrinks, above 1 it grows</source>
        <translation>每层因子 |wₗ·act′(zₗ)|，zₗ = wₗ·hₗ₋₁ + bₗ：小于 1 时梯度缩小，大于 1 时梯度增大</translation>
    </message>
    <message>
        <source>Tick an activation to see its gradient through the layers.</source>
        <translation>勾选一个激活函数，查看其梯度穿过各层的情况。</translation>
    </message>
    <message>
        <source>Gradient through the layers</source>
        <translation>穿过各层的梯度</translation>
    </message>
    <message>
        <source>Above: |∂hₗ/∂x| against the layer l on a log scale, one curve per ticked activation. Below: the factor |wₗ·act′(zₗ)| each layer multiplies the gradient by.</source>
        <translation>上图：|∂hₗ/∂x| 随层 l 的变化（对数刻度），每个勾选的激活函数一条曲线。下图：每一层使梯度乘上的因子 |wₗ·act′(zₗ)|。</translation>
    </message>
    <message numerus="yes">
        <source>%1: 0 (dead) at %2 of %n layers</source>
        <translation>
            <numerusform>%1：%n 层中有 %2 层为 0（死亡）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gradient through L = %n layers:  x = %1,  %2</source>
        <translation>
            <numerusform>穿过 L = %n 层的梯度：x = %1，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy values at this layer</source>
        <translation>复制此层的值</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
</context>
<context>
    <name>actlab::DepthView</name>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
</context>
<context>
    <name>actlab::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf chooses the format</source>
        <translation>要写入的文件；扩展名 .png、.svg 或 .pdf 决定格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Give the size in pixels, or as a printed size with the DPI below</source>
        <translation>以像素给出尺寸，或按下方的 DPI 给出打印尺寸</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Dots per inch: stored in PNGs and sets the PDF page size. Text keeps its point size, so a 300-dpi figure has the proportions of the screen</source>
        <translation>每英寸点数：写入 PNG 文件并决定 PDF 页面尺寸。文字保持其磅值，因此 300 dpi 的图形与屏幕上的比例相同</translation>
    </message>
    <message>
        <source>Scales text and lines together: above 1 for slides seen from the back row</source>
        <translation>同时缩放文字和线条：大于 1 适合在教室后排观看的幻灯片</translation>
    </message>
    <message>
        <source>The exported figure&apos;s theme; print uses greys only</source>
        <translation>导出图形的主题；打印主题只用灰度</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Text and lines:</source>
        <translation>文字和线条：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm%5</source>
        <translation>%1 × %2 像素，%3 × %4 厘米%5</translation>
    </message>
    <message>
        <source> — the file name must end in .png, .svg or .pdf</source>
        <translation> — 文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>Choose the file to write in a file dialog</source>
        <translation>在文件对话框中选择要写入的文件</translation>
    </message>
    <message>
        <source>Width of the figure, in the unit beside it</source>
        <translation>图的宽度，单位见右侧</translation>
    </message>
    <message>
        <source>Height of the figure, in the unit beside it</source>
        <translation>图的高度，单位见右侧</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>尺寸单位</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Text and line scale</source>
        <translation>文字与线条缩放</translation>
    </message>
    <message>
        <source>Figure theme</source>
        <translation>图的主题</translation>
    </message>
    <message>
        <source>Write the figure to the file</source>
        <translation>将图写入文件</translation>
    </message>
    <message>
        <source>Close without writing anything</source>
        <translation>关闭，不写入任何内容</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
</context>
<context>
    <name>actlab::FigureExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos;</source>
        <translation>未知主题“%1”</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>内存不足，无法生成 %1×%2 的图像</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown figure format (use .png, .svg or .pdf)</source>
        <translation>“%1”：未知的图形格式（请使用 .png、.svg 或 .pdf）</translation>
    </message>
</context>
<context>
    <name>actlab::FormulaEntry</name>
    <message>
        <source>Your function f(x):</source>
        <translation>你的函数 f(x)：</translation>
    </message>
    <message>
        <source>e.g. x*tanh(softplus(x))</source>
        <translation>例如 x*tanh(softplus(x))</translation>
    </message>
    <message>
        <source>Your function</source>
        <translation>你的函数</translation>
    </message>
    <message>
        <source>Type a formula in x and press Enter to draw it with its exact derivative. Other names (a, beta, …) become parameters with sliders; pi and e are the constants; ^ is a power, right to left.</source>
        <translation>输入关于 x 的公式并按回车，即可画出它及其精确导数。其他名称（a、beta……）成为带滑块的参数；pi 和 e 是常数；^ 表示乘方，从右向左结合。</translation>
    </message>
    <message>
        <source>Formula problem</source>
        <translation>公式问题</translation>
    </message>
    <message>
        <source>Type a formula in x first.</source>
        <translation>请先输入关于 x 的公式。</translation>
    </message>
</context>
<context>
    <name>actlab::Gestures</name>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Reset the view: the default x range, the y ranges fitted</source>
        <translation>复位视图：默认的 x 范围，y 范围自动适配</translation>
    </message>
    <message>
        <source>Curves plot</source>
        <translation>函数曲线图</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Reset the view, as Ctrl+0</source>
        <translation>复位视图，同 Ctrl+0</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <source>Zoom in or out about the pointer</source>
        <translation>以指针为中心放大或缩小</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <source>Pan the view</source>
        <translation>平移视图</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <source>Put the probe at that x</source>
        <translation>把探针放到该 x 处</translation>
    </message>
    <message>
        <source>Curves and maxout plots</source>
        <translation>函数曲线图和 Maxout 图</translation>
    </message>
    <message>
        <source>Drag the probe line</source>
        <translation>拖动探针线</translation>
    </message>
    <message>
        <source>Move the probe</source>
        <translation>移动探针</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Move the probe one step, at least one pixel column (click the plot first)</source>
        <translation>探针移动一步，至少一个像素列（先单击图）</translation>
    </message>
    <message>
        <source>Shift+← / Shift+→</source>
        <translation>Shift+← / Shift+→</translation>
    </message>
    <message>
        <source>Move the probe ten steps</source>
        <translation>探针移动十步</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Move the probe along x₂ (with Shift: ten steps)</source>
        <translation>沿 x₂ 移动探针（按住 Shift：十步）</translation>
    </message>
    <message>
        <source>Maxout, two inputs</source>
        <translation>Maxout，两个输入</translation>
    </message>
    <message>
        <source>Drag a line</source>
        <translation>拖动一条直线</translation>
    </message>
    <message>
        <source>Change that unit&apos;s bias: the line moves up or down</source>
        <translation>改变该单元的偏置：直线上下移动</translation>
    </message>
    <message>
        <source>Maxout, one input</source>
        <translation>Maxout，一个输入</translation>
    </message>
    <message>
        <source>Shift+drag a line</source>
        <translation>Shift+拖动一条直线</translation>
    </message>
    <message>
        <source>Change that unit&apos;s weight: the line turns about the point grabbed</source>
        <translation>改变该单元的权重：直线绕抓住的点转动</translation>
    </message>
    <message>
        <source>Click a cell</source>
        <translation>单击一个格子</translation>
    </message>
    <message>
        <source>Show that entry&apos;s slice below</source>
        <translation>在下方显示该元素的切片</translation>
    </message>
    <message>
        <source>Softmax Jacobian</source>
        <translation>Softmax 雅可比矩阵</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>The plot&apos;s menu: copy the image or the probe&apos;s values, reset the view, export</source>
        <translation>图的菜单：复制图像或探针处的数值、复位视图、导出</translation>
    </message>
    <message>
        <source>Every plot</source>
        <translation>所有图</translation>
    </message>
</context>
<context>
    <name>actlab::JacobianHeatMap</name>
    <message>
        <source>Jacobian heat map</source>
        <translation>雅可比矩阵热图</translation>
    </message>
    <message>
        <source>Jacobian   ∂sᵢ/∂aⱼ = sᵢ(δᵢⱼ − sⱼ) / T</source>
        <translation>雅可比矩阵   ∂sᵢ/∂aⱼ = sᵢ(δᵢⱼ − sⱼ) / T</translation>
    </message>
    <message>
        <source>outlined diagonal: sᵢ(1 − sᵢ)/T ≥ 0     off-diagonal: −sᵢsⱼ/T ≤ 0
every row sums to 0 (column row Σ)</source>
        <translation>加框的对角线：sᵢ(1 − sᵢ)/T ≥ 0     非对角线：−sᵢsⱼ/T ≤ 0
每一行之和为 0（见“行 Σ”列）</translation>
    </message>
    <message>
        <source>∂sᵢ/∂aⱼ</source>
        <translation>∂sᵢ/∂aⱼ</translation>
    </message>
    <message>
        <source>column j:  ∂ / ∂aⱼ</source>
        <translation>第 j 列：∂ / ∂aⱼ</translation>
    </message>
    <message>
        <source>row i:  sᵢ</source>
        <translation>第 i 行：sᵢ</translation>
    </message>
    <message>
        <source>row Σ</source>
        <translation>行 Σ</translation>
    </message>
    <message>
        <source>%1(1 − %1)/T  (diagonal)</source>
        <translation>%1(1 − %1)/T（对角线）</translation>
    </message>
    <message>
        <source>−%1%2/T  (off-diagonal)</source>
        <translation>−%1%2/T（非对角线）</translation>
    </message>
    <message>
        <source>Σⱼ ∂%1/∂aⱼ = %1(1 − Σⱼ sⱼ)/T = 0 exactly, because the probabilities sum to 1: adding the same number to every logit changes nothing.
The entries of this row, as doubles, sum to %2.</source>
        <translation>Σⱼ ∂%1/∂aⱼ = %1(1 − Σⱼ sⱼ)/T 恰好为 0，因为各概率之和为 1：给每个 logit 加上同一个数不会改变任何结果。
本行各元素按双精度浮点数求和为 %2。</translation>
    </message>
    <message>
        <source>The n × n matrix ∂sᵢ/∂aⱼ with each row&apos;s sum. Click a cell to draw its slice; from the keyboard, choose the output and the logit under Slice.</source>
        <translation>n × n 矩阵 ∂sᵢ/∂aⱼ 及每一行的和。点击单元格可绘制其切片；使用键盘时，请在“切片”中选择输出和 logit。</translation>
    </message>
    <message>
        <source>Copy the matrix</source>
        <translation>复制矩阵</translation>
    </message>
</context>
<context>
    <name>actlab::JsonFields</name>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 超出范围 [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
</context>
<context>
    <name>actlab::LensControls</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Function under the lens</source>
        <translation>数值透镜下的函数</translation>
    </message>
    <message>
        <source>A built-in activation, examined in the forms the frameworks use, or the formula typed below</source>
        <translation>内置激活函数（按各框架实际使用的写法检查），或下方输入的公式</translation>
    </message>
    <message>
        <source>Typed formula</source>
        <translation>输入的公式</translation>
    </message>
    <message>
        <source>Or type f(x) and press Return:</source>
        <translation>或输入 f(x) 并按回车：</translation>
    </message>
    <message>
        <source>f(x), e.g. log(1 + exp(x))</source>
        <translation>f(x)，例如 log(1 + exp(x))</translation>
    </message>
    <message>
        <source>A formula in x, evaluated exactly as written; press Return to put it under the lens. Other names are parameters, set to 1</source>
        <translation>关于 x 的公式，严格按书写求值；按回车放到数值透镜下。其他名称是参数，取值为 1</translation>
    </message>
    <message>
        <source>Suggest a stable form</source>
        <translation>建议稳定写法</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>Form examined</source>
        <translation>所检查的写法</translation>
    </message>
    <message>
        <source>How the activation is written: ActLab&apos;s stable form, the textbook&apos;s, or what PyTorch&apos;s or TensorFlow&apos;s kernels compute, forward and backward</source>
        <translation>激活函数的写法：ActLab 的稳定写法、教科书写法，或 PyTorch、TensorFlow 内核实际计算的前向与反向</translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation>叠加：</translation>
    </message>
    <message>
        <source>Draw the %1 form too, dashed, with its worst error in the key</source>
        <translation>同时以虚线画出 %1 写法，并在图例中给出其最大误差</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>From x</source>
        <translation>起点 x</translation>
    </message>
    <message>
        <source>the left end of the range examined</source>
        <translation>所检查范围的左端</translation>
    </message>
    <message>
        <source>To x</source>
        <translation>终点 x</translation>
    </message>
    <message>
        <source>the right end of the range examined</source>
        <translation>所检查范围的右端</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>how many evenly spaced points of the range are examined</source>
        <translation>在范围内均匀取多少个点来检查</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>The error of f</source>
        <translation>f 的误差</translation>
    </message>
    <message>
        <source>The error of f′, the backward pass</source>
        <translation>f′（反向传播）的误差</translation>
    </message>
    <message>
        <source>The errors of f and of f′, one panel each</source>
        <translation>f 与 f′ 的误差，各占一个面板</translation>
    </message>
    <message>
        <source>Draw the error of the formula evaluated in %1</source>
        <translation>画出公式以 %1 求值时的误差</translation>
    </message>
</context>
<context>
    <name>actlab::LensForms</name>
    <message>
        <source>ActLab (stable)</source>
        <translation>ActLab（稳定写法）</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>教科书</translation>
    </message>
    <message>
        <source>dual numbers of %1</source>
        <translation>由 %1 的对偶数求得</translation>
    </message>
    <message>
        <source>%1, y = %2</source>
        <translation>%1，y = %2</translation>
    </message>
</context>
<context>
    <name>actlab::LensPlot</name>
    <message>
        <source>Numerics lens</source>
        <translation>数值透镜</translation>
    </message>
    <message>
        <source>The error in ulps of f or f′ evaluated as written in float64, float32 and bfloat16 against a rigorous reference, on a log scale, with the spans where each format overflows, underflows to 0 or gives NaN shaded in a strip below</source>
        <translation>以 float64、float32 和 bfloat16 按书写求值时 f 或 f′ 相对严格参考值的误差（单位 ulp，对数坐标）；下方条带标出各格式上溢、下溢为 0 或得到 NaN 的区间</translation>
    </message>
    <message>
        <source>Copy values at this x</source>
        <translation>复制此 x 处的数值</translation>
    </message>
    <message>
        <source>f′ error (ulps)</source>
        <translation>f′ 的误差（ulp）</translation>
    </message>
    <message>
        <source>f error (ulps)</source>
        <translation>f 的误差（ulp）</translation>
    </message>
    <message>
        <source>f and f′</source>
        <translation>f 与 f′</translation>
    </message>
    <message>
        <source>Numerics lens: %1 of %2, evaluated as written</source>
        <translation>数值透镜：按书写求值的 %2 的 %1</translation>
    </message>
    <message>
        <source>Numerics lens: %1 of %2 as the %3 form computes it</source>
        <translation>数值透镜：%3 写法计算的 %2 的 %1</translation>
    </message>
    <message>
        <source>f = %1;  f′ = %2</source>
        <translation>f = %1；f′ = %2</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>dash-dotted</source>
        <translation>点划线</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>Error in ulps against Arb&apos;s correctly rounded value (log scale; 0 drawn at 0.1), x in [%1, %2], %n points</source>
        <translation>
            <numerusform>相对 Arb 正确舍入值的误差（ulp，对数坐标；0 画在 0.1 处），x ∈ [%1, %2]，%n 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: worst %2 ulps in f, %3 in f′</source>
        <translation>%1：f 最大误差 %2 ulp，f′ 最大误差 %3 ulp</translation>
    </message>
    <message>
        <source>%1: worst %2 ulps</source>
        <translation>%1：最大误差 %2 ulp</translation>
    </message>
    <message>
        <source>%1 (f′ panel)</source>
        <translation>%1（f′ 面板）</translation>
    </message>
    <message>
        <source>Tick a format to see its error.</source>
        <translation>勾选一种格式以查看其误差。</translation>
    </message>
    <message>
        <source>truth undetermined</source>
        <translation>真值无法确定</translation>
    </message>
    <message>
        <source>on the whole range in %1</source>
        <translation>在整个范围内（%1）</translation>
    </message>
    <message>
        <source>below x = %1 in %2</source>
        <translation>在 x = %1 以下（%2）</translation>
    </message>
    <message>
        <source>from x = %1 in %2</source>
        <translation>从 x = %1 起（%2）</translation>
    </message>
    <message>
        <source>from x = %1 to %2 in %3</source>
        <translation>在 x = %1 到 %2 之间（%3）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overflows to ±∞ %2.</source>
        <translation>%1 %2上溢为 ±∞。</translation>
    </message>
    <message>
        <source>%1 is 0 %2.</source>
        <translation>%1 %2为 0。</translation>
    </message>
    <message>
        <source>%1 is NaN %2.</source>
        <translation>%1 %2为 NaN。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>form</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>ulps</source>
        <translation>ulp</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>%1: no overflow, underflow to 0 or NaN on this range</source>
        <translation>%1：此范围内没有上溢、下溢为 0 或 NaN</translation>
    </message>
    <message>
        <source>The typed formula</source>
        <translation>输入的公式</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the places of one threshold sentence: &quot;from x = 36.74 in float64, from x = 16.64 in …&quot;</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>overflow to ±∞</source>
        <translation>上溢为 ±∞</translation>
    </message>
    <message>
        <source>%1: overflow to ±∞</source>
        <translation>%1：上溢为 ±∞</translation>
    </message>
    <message>
        <source>underflow to 0</source>
        <translation>下溢为 0</translation>
    </message>
    <message>
        <source>%1: underflow to 0</source>
        <translation>%1：下溢为 0</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>%1: NaN</source>
        <translation>%1：NaN</translation>
    </message>
</context>
<context>
    <name>actlab::LensView</name>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Taken from the cache</source>
        <translation>取自缓存</translation>
    </message>
    <message>
        <source>For a typed formula: rewrites such as log(1 + exp(x)) → softplus(x)</source>
        <translation>用于输入的公式：例如把 log(1 + exp(x)) 改写为 softplus(x)</translation>
    </message>
    <message>
        <source>Rewrite it as %1</source>
        <translation>改写为 %1</translation>
    </message>
    <message>
        <source>No rewrite applies: the formula has none of the forms that overflow or cancel that ActLab knows</source>
        <translation>没有可用的改写：公式中没有 ActLab 已知的会上溢或相消的形式</translation>
    </message>
    <message>
        <source>Rewrote %1 as %2 (%3)</source>
        <translation>已将 %1 改写为 %2（%3）</translation>
    </message>
    <message>
        <source>Numerics lens</source>
        <translation>数值透镜</translation>
    </message>
</context>
<context>
    <name>actlab::LogitControls</name>
    <message>
        <source>Number of classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Classes n</source>
        <translation>类别数 n</translation>
    </message>
    <message>
        <source>Logit %1</source>
        <translation>logit %1</translation>
    </message>
    <message>
        <source>new classes start with logit 0</source>
        <translation>新增类别的 logit 初始为 0</translation>
    </message>
    <message>
        <source>drag between −10 and 10, or type any finite number, e.g. 1000 or 1e308</source>
        <translation>在 −10 到 10 之间拖动，或键入任意有限数，例如 1000 或 1e308</translation>
    </message>
</context>
<context>
    <name>actlab::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scene…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation>复制图形(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation>导出数据为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print (black and white)</source>
        <translation>打印（黑白）(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;resentation</source>
        <translation>演示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ActLab</source>
        <translation>关于 ActLab(&amp;A)</translation>
    </message>
    <message>
        <source>About ActLab</source>
        <translation>关于 ActLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;Explore neural-network activation functions beside their exact derivatives: every value and derivative agrees with a 60-digit reference to 1e-14.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;探索神经网络的激活函数及其精确导数：每个函数值和导数与 60 位精度的参考值相差不超过 1e-14。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更新版本授权。使用 Qt %2 和 QCustomPlot 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>ActLab scenes (*.json);;All files (*)</source>
        <translation>ActLab 场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>ActLab scenes (*.json)</source>
        <translation>ActLab 场景 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>复制图形</translation>
    </message>
    <message>
        <source>Figure copied</source>
        <translation>图形已复制</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>The views: click one, or press Ctrl+Tab and Ctrl+Shift+Tab to switch</source>
        <translation>各个视图：点击其中一个，或按 Ctrl+Tab 和 Ctrl+Shift+Tab 切换</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>全部恢复默认</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation>全部恢复默认(&amp;A)</translation>
    </message>
    <message>
        <source>Put everything in this view back as it was at first: one step, which Undo takes back</source>
        <translation>把此视图的一切恢复为最初的样子：这是一步操作，可以撤销</translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutGradientTable</name>
    <message>
        <source>Gradient at the probe</source>
        <translation>探针处的梯度</translation>
    </message>
    <message>
        <source>Backpropagation through maxout: each group passes its gradient only to the unit that won the maximum. Every other unit gets exactly 0, so its weights are not updated.</source>
        <translation>maxout 的反向传播：每个分组只把梯度传给取得最大值的单元。其他单元得到的梯度恰好为 0，因此它们的权重不会更新。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>✔ max</source>
        <translation>✔ 最大</translation>
    </message>
    <message>
        <source>%1 wins %2 at the probe: it receives the gradient.</source>
        <translation>%1 在探针处赢得 %2：它接收梯度。</translation>
    </message>
    <message>
        <source>%1 loses %2 at the probe: gradient 0, its weights stay as they are.</source>
        <translation>%1 在探针处未赢得 %2：梯度为 0，其权重保持不变。</translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutLinePlot</name>
    <message>
        <source>Maxout with one input</source>
        <translation>单输入的 maxout</translation>
    </message>
    <message>
        <source>slope d out/dx</source>
        <translation>斜率 d out/dx</translation>
    </message>
    <message>
        <source>zⱼ and out</source>
        <translation>zⱼ 与 out</translation>
    </message>
    <message>
        <source>k tangent lines</source>
        <translation>k 条切线</translation>
    </message>
    <message>
        <source>max error</source>
        <translation>最大误差</translation>
    </message>
    <message>
        <source>Nothing to draw: the layer or the x range is not usable.</source>
        <translation>无内容可画：该层或 x 范围不可用。</translation>
    </message>
    <message>
        <source>x² from below by k = %1 tangent lines</source>
        <translation>用 k = %1 条切线从下方逼近 x²</translation>
    </message>
    <message>
        <source>softplus(x) from below by k = %1 tangent lines</source>
        <translation>用 k = %1 条切线从下方逼近 softplus(x)</translation>
    </message>
    <message>
        <source>max error %1
at x = %2</source>
        <translation>最大误差 %1
位于 x = %2</translation>
    </message>
    <message>
        <source>max |%1 − out₁|</source>
        <translation>max |%1 − out₁|</translation>
    </message>
    <message>
        <source>k = %1: %2</source>
        <translation>k = %1：%2</translation>
    </message>
    <message>
        <source>k = %1: %2× smaller</source>
        <translation>k = %1：缩小为 1/%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more outputs</source>
        <translation>
            <numerusform>… 以及另外 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a line to move it up or down (its bias); Shift+drag to turn it about the grabbed point (its weight). Click or drag anywhere else to move the probe x; the Left and Right keys move it too (with Shift, ten steps). Right-click for a menu.</source>
        <translation>拖动直线可上下移动它（改变偏置）；按住 Shift 拖动可绕抓取点旋转它（改变权重）。点击或拖动其他位置可移动探针 x；左、右方向键也可移动探针（按住 Shift 时一次十步）。右键单击打开菜单。</translation>
    </message>
    <message>
        <source>Copy probe values</source>
        <translation>复制探针处的值</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>胜出单元</translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutMapPlot</name>
    <message>
        <source>Maxout with two inputs</source>
        <translation>双输入的 maxout</translation>
    </message>
    <message>
        <source>Nothing to draw: the layer or the range is not usable.</source>
        <translation>无内容可画：该层或取值范围不可用。</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 胜出</translation>
    </message>
    <message>
        <source>pointer</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>Each map is one output over (x₁, x₂); the outlines enclose where each unit wins its group. Point at a map to name the winners there; click or drag to move the probe, or use the arrow keys (Left/Right: x₁, Up/Down: x₂; with Shift, ten steps). Right-click for a menu.</source>
        <translation>每张图是一个输出在 (x₁, x₂) 上的取值；轮廓线围出每个单元在其分组中胜出的区域。将指针移到图上可显示该处的胜出单元；点击或拖动可移动探针，也可使用方向键（左/右：x₁，上/下：x₂；按住 Shift 时一次十步）。右键单击打开菜单。</translation>
    </message>
    <message>
        <source>Copy probe values</source>
        <translation>复制探针处的值</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>胜出单元</translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutUnitTable</name>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Each unit is a line zⱼ = wⱼ·x + bⱼ. Double-click a weight or bias to edit it (or pick it with the arrow keys and type); in one-input mode you can also drag the lines on the plot.</source>
        <translation>每个单元是一条直线 zⱼ = wⱼ·x + bⱼ。双击权重或偏置即可编辑（也可用方向键选中后直接输入）；在单输入模式下还可以在图上拖动直线。</translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutView</name>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>One input x</source>
        <translation>单输入 x</translation>
    </message>
    <message>
        <source>Two inputs x₁, x₂ (the lecture&apos;s example)</source>
        <translation>双输入 x₁、x₂（课程中的示例）</translation>
    </message>
    <message>
        <source>Units are lines zⱼ = wⱼ·x + bⱼ: see the pieces, the breakpoints and the step-shaped derivative.</source>
        <translation>单元是直线 zⱼ = wⱼ·x + bⱼ：观察各段、断点以及阶梯状的导数。</translation>
    </message>
    <message>
        <source>Units are planes zⱼ = wⱼ₁x₁ + wⱼ₂x₂ + bⱼ: each output becomes a colour map with the regions where each unit wins.</source>
        <translation>单元是平面 zⱼ = wⱼ₁x₁ + wⱼ₂x₂ + bⱼ：每个输出显示为一张色彩图，并标出每个单元胜出的区域。</translation>
    </message>
    <message>
        <source>Units and groups</source>
        <translation>单元与分组</translation>
    </message>
    <message>
        <source>&amp;Units m</source>
        <translation>单元数 m(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Group size k</source>
        <translation>分组大小 k(&amp;G)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>&amp;Randomize</source>
        <translation>随机化(&amp;R)</translation>
    </message>
    <message>
        <source>New random weights and biases from a new seed. The seed is shown: type it back to get the same layer again.</source>
        <translation>用新的种子生成新的随机权重和偏置。种子会显示出来：重新输入它即可再次得到同一层。</translation>
    </message>
    <message>
        <source>&amp;seed</source>
        <translation>种子(&amp;S)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The seed of the random layer (std::mt19937_64). Type a seed and press Enter to recreate its layer at the current m and k.</source>
        <translation>随机层的种子（由 64 位梅森旋转算法生成）。输入种子并按 Enter，即可按当前的 m 和 k 重新生成该层。</translation>
    </message>
    <message>
        <source>Only each group&apos;s winning unit receives gradient, so only its weights are updated; the losers get exactly 0, like a ReLU unit whose output is 0.</source>
        <translation>只有每个分组中胜出的单元接收梯度，因此只有它的权重会更新；落败的单元得到的梯度恰好为 0，就像输出为 0 的 ReLU 单元一样。</translation>
    </message>
    <message>
        <source>While approximating, m = k: one group of tangent lines, and either slider sets how many.</source>
        <translation>逼近时 m = k：只有一组切线，两个滑块都可设置切线条数。</translation>
    </message>
    <message>
        <source>Units zⱼ = wⱼ·x + bⱼ (edit here or drag the lines)</source>
        <translation>单元 zⱼ = wⱼ·x + bⱼ（可在此编辑，或拖动图中直线）</translation>
    </message>
    <message>
        <source>Units zⱼ = wⱼ₁x₁ + wⱼ₂x₂ + bⱼ</source>
        <translation>单元 zⱼ = wⱼ₁x₁ + wⱼ₂x₂ + bⱼ</translation>
    </message>
    <message>
        <source>Gradient at the probe x = %1, for ∂L/∂out = 1</source>
        <translation>探针 x = %1 处的梯度，设 ∂L/∂out = 1</translation>
    </message>
    <message>
        <source>Gradient at the probe (x₁, x₂) = %1, for ∂L/∂out = 1</source>
        <translation>探针 (x₁, x₂) = %1 处的梯度，设 ∂L/∂out = 1</translation>
    </message>
    <message>
        <source>how many linear units the layer has; new units come from the seed, so moving back and forth is reversible</source>
        <translation>该层有多少个线性单元；新单元由种子生成，因此来回拖动是可逆的</translation>
    </message>
    <message>
        <source>how many consecutive units share one maximum: ⌈m/k⌉ outputs, the last group smaller when k does not divide m</source>
        <translation>多少个相邻单元共享一个最大值：共 ⌈m/k⌉ 个输出，当 k 不能整除 m 时最后一组较小</translation>
    </message>
</context>
<context>
    <name>actlab::NumberEntry</name>
    <message>
        <source>slider %1</source>
        <translation>滑块 %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation>%1，对数刻度</translation>
    </message>
    <message>
        <source>%1; typed %2</source>
        <translation>%1；键入 %2</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意数值</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>actlab::NumberLabel</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>actlab::ParameterControls</name>
    <message>
        <source>parameter %1 of %2, default %3</source>
        <translation>%2 的参数 %1，默认 %3</translation>
    </message>
</context>
<context>
    <name>actlab::ParametersJson</name>
    <message>
        <source>unknown activation &apos;%1&apos;</source>
        <translation>未知激活函数“%1”</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
</context>
<context>
    <name>actlab::PlotContextMenu</name>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>复位视图</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图形…</translation>
    </message>
</context>
<context>
    <name>actlab::ProbabilityChart</name>
    <message>
        <source>Probabilities bar chart</source>
        <translation>概率柱状图</translation>
    </message>
    <message>
        <source>Probabilities   s = softmax(a / T)</source>
        <translation>概率   s = softmax(a / T)</translation>
    </message>
    <message>
        <source>probability sᵢ</source>
        <translation>概率 sᵢ</translation>
    </message>
    <message>
        <source>uniform
1/n = %1</source>
        <translation>均匀分布
1/n = %1</translation>
    </message>
    <message>
        <source>Σ sᵢ = %1      entropy H = %2 nats   (uniform: ln %3 = %4)</source>
        <translation>Σ sᵢ = %1      熵 H = %2 奈特   （均匀分布：ln %3 = %4）</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>%1 = %2
log %1 = %3
%4 = %5</source>
        <translation>%1 = %2
log %1 = %3
%4 = %5</translation>
    </message>
    <message>
        <source>under each bar: its logit aᵢ</source>
        <translation>每根柱子下方：其 logit aᵢ</translation>
    </message>
    <message>
        <source>One bar per class: its probability sᵢ, its log and its logit aᵢ.</source>
        <translation>每个类别一根柱子：显示其概率 sᵢ、它的对数以及 logit aᵢ。</translation>
    </message>
    <message>
        <source>Copy values</source>
        <translation>复制数值</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>actlab::ProbeDrawing</name>
    <message>
        <source>%1′(%2) = %3</source>
        <translation>%1′(%2) = %3</translation>
    </message>
</context>
<context>
    <name>actlab::Scene</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>a scene file holds one JSON object</source>
        <translation>场景文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>not an ActLab scene (no &quot;actlab_scene&quot; version key)</source>
        <translation>不是 ActLab 场景文件（缺少 &quot;actlab_scene&quot; 版本键）</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (one of: %2)</source>
        <translation>未知视图“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (one of: %2)</source>
        <translation>未知主题“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>expected [width, height] in whole pixels, each 16 to %1</source>
        <translation>应为以整像素表示的 [宽度, 高度]，每项在 16 到 %1 之间</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>actlab::SeriesDrawing</name>
    <message>
        <source>ReLU, for comparison</source>
        <translation>ReLU（对照）</translation>
    </message>
</context>
<context>
    <name>actlab::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>关闭此列表（Esc）</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>按键或鼠标</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Every keyboard shortcut and mouse gesture of the window and its plots, with what it does</source>
        <translation>窗口及其各图的所有键盘快捷键和鼠标手势，以及它们的作用</translation>
    </message>
</context>
<context>
    <name>actlab::SlicePlot</name>
    <message>
        <source>Slice plot</source>
        <translation>切片图</translation>
    </message>
    <message>
        <source>Slice   %1 as %2 moves, the other logits fixed</source>
        <translation>切片   %2 变化时的 %1，其余 logit 固定</translation>
    </message>
    <message>
        <source>n = 2:  %1 = σ((%2 − %3) / T) exactly, a sigmoid of the difference,
and %4 = %5σ′ / T</source>
        <translation>n = 2：%1 恰好等于 σ((%2 − %3) / T)，即差值的 sigmoid，
且 %4 = %5σ′ / T</translation>
    </message>
    <message>
        <source>%1 turns over near %2 = %3, where %4 = ½</source>
        <translation>%1 在 %2 = %3 附近发生转折，此处 %4 = ½</translation>
    </message>
    <message>
        <source>%1  (× 10%2)</source>
        <translation>%1（× 10%2）</translation>
    </message>
    <message>
        <source>sᵢ and ∂sᵢ/∂aⱼ as the chosen logit aⱼ moves, the other logits fixed.</source>
        <translation>所选 logit aⱼ 变化、其余 logit 固定时的 sᵢ 与 ∂sᵢ/∂aⱼ。</translation>
    </message>
    <message>
        <source>Copy the marked values</source>
        <translation>复制标记处的值</translation>
    </message>
</context>
<context>
    <name>actlab::SliceSelector</name>
    <message>
        <source>The probability sᵢ the slice plot draws.</source>
        <translation>切片图所画的概率 sᵢ。</translation>
    </message>
    <message>
        <source>Slice output</source>
        <translation>切片输出</translation>
    </message>
    <message>
        <source>The logit aⱼ the slice plot sweeps while the other logits stay fixed. Clicking a cell of the Jacobian picks both.</source>
        <translation>切片图扫描的 logit aⱼ，其余 logit 保持不变。点击雅可比矩阵的单元格可同时选定两者。</translation>
    </message>
    <message>
        <source>Slice logit</source>
        <translation>切片 logit</translation>
    </message>
    <message>
        <source>Output sᵢ</source>
        <translation>输出 sᵢ</translation>
    </message>
    <message>
        <source>Swept logit aⱼ</source>
        <translation>扫描的 logit aⱼ</translation>
    </message>
</context>
<context>
    <name>actlab::SoftmaxFormulaPanel</name>
    <message>
        <source>Formula of the softmax derivative</source>
        <translation>softmax 导数的公式</translation>
    </message>
    <message>
        <source>The derivative of softmax</source>
        <translation>softmax 的导数</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>one entry</source>
        <translation>单个元素</translation>
    </message>
    <message>
        <source>&lt;b&gt;∂sᵢ/∂aⱼ = sᵢ (δᵢⱼ − sⱼ) / T&lt;/b&gt;,&amp;nbsp;&amp;nbsp; δᵢⱼ = 1 if i = j, else 0</source>
        <translation>&lt;b&gt;∂sᵢ/∂aⱼ = sᵢ (δᵢⱼ − sⱼ) / T&lt;/b&gt;，&amp;nbsp;&amp;nbsp; i = j 时 δᵢⱼ = 1，否则为 0</translation>
    </message>
    <message>
        <source>matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <source>&lt;b&gt;J = (diag(s) − s sᵀ) / T&lt;/b&gt;</source>
        <translation>&lt;b&gt;J = (diag(s) − s sᵀ) / T&lt;/b&gt;</translation>
    </message>
    <message>
        <source>diagonal</source>
        <translation>对角线</translation>
    </message>
    <message>
        <source>sᵢ(1 − sᵢ)/T ≥ 0 &amp;nbsp;(outlined in the heat map)</source>
        <translation>sᵢ(1 − sᵢ)/T ≥ 0 &amp;nbsp;（在热图中加框标出）</translation>
    </message>
    <message>
        <source>off-diagonal</source>
        <translation>非对角线</translation>
    </message>
    <message>
        <source>−sᵢ sⱼ / T ≤ 0</source>
        <translation>−sᵢ sⱼ / T ≤ 0</translation>
    </message>
    <message>
        <source>each row</source>
        <translation>每一行</translation>
    </message>
    <message>
        <source>Σⱼ ∂sᵢ/∂aⱼ = sᵢ(1 − Σⱼ sⱼ)/T = 0: adding the same number to every logit changes no sᵢ</source>
        <translation>Σⱼ ∂sᵢ/∂aⱼ = sᵢ(1 − Σⱼ sⱼ)/T = 0：给每个 logit 加上同一个数，任何 sᵢ 都不变</translation>
    </message>
    <message>
        <source>selected cell</source>
        <translation>所选单元格</translation>
    </message>
    <message>
        <source>n = 2</source>
        <translation>n = 2</translation>
    </message>
    <message>
        <source>s₁ = σ((a₁ − a₂)/T): softmax of two classes is the sigmoid of the difference, and J = σ′/T · [[1, −1], [−1, 1]]</source>
        <translation>s₁ = σ((a₁ − a₂)/T)：两个类别的 softmax 就是差值的 sigmoid，且 J = σ′/T · [[1, −1], [−1, 1]]</translation>
    </message>
    <message>
        <source>T = %1. As T → 0, s approaches one-hot and J approaches 0; as T grows, s approaches uniform (1/n each) and J approaches (I/n − 11ᵀ/n²)/T.</source>
        <translation>T = %1。当 T → 0 时，s 趋于独热向量，J 趋于 0；当 T 增大时，s 趋于均匀分布（每个 1/n），J 趋于 (I/n − 11ᵀ/n²)/T。</translation>
    </message>
</context>
<context>
    <name>actlab::SoftmaxView</name>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>T → 0: one-hot (argmax)   ·   T large: uniform</source>
        <translation>T → 0：独热（argmax）   ·   T 很大：均匀分布</translation>
    </message>
    <message>
        <source>Logits a</source>
        <translation>logit a</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Or click a cell of the Jacobian.</source>
        <translation>或点击雅可比矩阵的单元格。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>small T sharpens softmax towards one-hot (argmax); large T flattens it towards uniform</source>
        <translation>T 小时 softmax 变尖锐、趋于独热（argmax）；T 大时变平缓、趋于均匀分布</translation>
    </message>
</context>
<context>
    <name>actlab::Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (black and white)</source>
        <translation>打印（黑白）</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>actlab::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>actlab::UndoStep</name>
    <message>
        <source>Show or hide the probe</source>
        <translation>显示或隐藏探针</translation>
    </message>
    <message>
        <source>Move the probe</source>
        <translation>移动探针</translation>
    </message>
    <message>
        <source>Zoom or pan</source>
        <translation>缩放或平移</translation>
    </message>
    <message>
        <source>Choose functions</source>
        <translation>选择函数</translation>
    </message>
    <message>
        <source>Change the layout</source>
        <translation>更改布局</translation>
    </message>
    <message>
        <source>Change the highlights</source>
        <translation>更改重点标注</translation>
    </message>
    <message>
        <source>Switch the inputs</source>
        <translation>切换输入</translation>
    </message>
    <message>
        <source>Choose the slice</source>
        <translation>选择切片</translation>
    </message>
    <message>
        <source>Change parameters</source>
        <translation>更改参数</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the formula</source>
        <translation>编辑公式</translation>
    </message>
    <message>
        <source>Choose the forms</source>
        <translation>选择写法</translation>
    </message>
    <message>
        <source>Choose what is shown</source>
        <translation>选择显示内容</translation>
    </message>
    <message>
        <source>Change the sampling</source>
        <translation>更改采样</translation>
    </message>
</context>
<context>
    <name>actlab::core</name>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e⁻ˣ)</source>
        <translation>σ(x) = 1 / (1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>σ′(x) = σ(x)·(1 − σ(x))</source>
        <translation>σ′(x) = σ(x)·(1 − σ(x))</translation>
    </message>
    <message>
        <source>Squashes every input into (0, 1). Its derivative never exceeds 0.25 (at x = 0), so each sigmoid layer shrinks the gradient at least fourfold: deep sigmoid networks suffer vanishing gradients.</source>
        <translation>把任意输入压缩到 (0, 1) 之间。它的导数最大只有 0.25（在 x = 0 处），因此每经过一层 sigmoid，梯度至少缩小为四分之一：深层 sigmoid 网络会出现梯度消失。</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</source>
        <translation>tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <source>tanh′(x) = 1 − tanh²(x)</source>
        <translation>tanh′(x) = 1 − tanh²(x)</translation>
    </message>
    <message>
        <source>Zero-centred with range (−1, 1) and a peak derivative of 1 at x = 0; tanh(x) = 2σ(2x) − 1. It still saturates: for |x| beyond about 3 the gradient all but vanishes.</source>
        <translation>以零为中心，值域为 (−1, 1)，导数在 x = 0 处取得峰值 1；tanh(x) = 2σ(2x) − 1。它仍然会饱和：|x| 超过约 3 后梯度几乎消失。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>relu(x) = max(0, x)</source>
        <translation>relu(x) = max(0, x)</translation>
    </message>
    <message>
        <source>relu′(x) = 1 if x &gt; 0, else 0</source>
        <translation>relu′(x) = 1（x &gt; 0 时），否则为 0</translation>
    </message>
    <message>
        <source>The gradient is exactly 1 for every positive input, so it does not vanish there, and it is cheap. For negative inputs the gradient is 0 and the unit does not learn. At x = 0 the left derivative 0 is used, as autograd does.</source>
        <translation>对所有正输入，梯度恰好为 1，因此不会消失，而且计算代价低。对负输入梯度为 0，该单元不再学习。在 x = 0 处与 autograd 一样取左导数 0。</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>softplus(x) = ln(1 + exp(βx)) / β</source>
        <translation>softplus(x) = ln(1 + exp(βx)) / β</translation>
    </message>
    <message>
        <source>softplus′(x) = σ(βx)</source>
        <translation>softplus′(x) = σ(βx)</translation>
    </message>
    <message>
        <source>A smooth ReLU: it never exceeds relu by more than ln 2 / β (at x = 0) and closes in on it as β grows. Its derivative is exactly the sigmoid σ(βx).</source>
        <translation>平滑版的 ReLU：它比 relu 大出的部分不超过 ln 2 / β（在 x = 0 处），且随 β 增大而逼近 relu。它的导数恰好是 sigmoid σ(βx)。</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Hard sigmoid</translation>
    </message>
    <message>
        <source>f(x) = min(max(0, x + 3), 6) / 6</source>
        <translation>f(x) = min(max(0, x + 3), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 1/6 if −3 &lt; x ≤ 3, else 0</source>
        <translation>f′(x) = 1/6（−3 &lt; x ≤ 3 时），否则为 0</translation>
    </message>
    <message>
        <source>A piecewise-linear sigmoid (PyTorch&apos;s definition) that needs no exponential. Outside [−3, 3] its gradient is exactly 0.</source>
        <translation>分段线性的 sigmoid（采用 PyTorch 的定义），无需计算指数。在 [−3, 3] 之外梯度恰好为 0。</translation>
    </message>
    <message>
        <source>Hard swish</source>
        <translation>Hard swish</translation>
    </message>
    <message>
        <source>f(x) = x·min(max(0, x + 3), 6) / 6</source>
        <translation>f(x) = x·min(max(0, x + 3), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 0 if x ≤ −3; (2x + 3)/6 if −3 &lt; x ≤ 3; 1 if x &gt; 3</source>
        <translation>f′(x) = 0（x ≤ −3 时）；(2x + 3)/6（−3 &lt; x ≤ 3 时）；1（x &gt; 3 时）</translation>
    </message>
    <message>
        <source>SiLU with the sigmoid replaced by the hard sigmoid, from MobileNetV3. Its derivative jumps at x = ±3 (left derivatives shown).</source>
        <translation>把 SiLU 中的 sigmoid 换成 hard sigmoid，出自 MobileNetV3。其导数在 x = ±3 处跳变（图中显示左导数）。</translation>
    </message>
    <message>
        <source>Hard tanh</source>
        <translation>Hard tanh</translation>
    </message>
    <message>
        <source>f(x) = min(max(x, a), b)</source>
        <translation>f(x) = min(max(x, a), b)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if a &lt; x ≤ b, else 0</source>
        <translation>f′(x) = 1（a &lt; x ≤ b 时），否则为 0</translation>
    </message>
    <message>
        <source>The identity clipped to [a, b] (default [−1, 1]). Its gradient is 1 inside and exactly 0 outside.</source>
        <translation>截断到 [a, b]（默认 [−1, 1]）的恒等函数。区间内梯度为 1，区间外恰好为 0。</translation>
    </message>
    <message>
        <source>lower bound a</source>
        <translation>下界 a</translation>
    </message>
    <message>
        <source>upper bound b</source>
        <translation>上界 b</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else a·x</source>
        <translation>f(x) = x（x &gt; 0 时），否则为 a·x</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else a</source>
        <translation>f′(x) = 1（x &gt; 0 时），否则为 a</translation>
    </message>
    <message>
        <source>Like relu, but a small slope a on the negative side keeps some gradient flowing, so units cannot die. At x = 0 the left derivative a is used.</source>
        <translation>与 relu 类似，但负半轴上的小斜率 a 让部分梯度继续流动，单元因此不会“死亡”。在 x = 0 处取左导数 a。</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else α·(eˣ − 1)</source>
        <translation>f(x) = x（x &gt; 0 时），否则为 α·(eˣ − 1)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else α·eˣ</source>
        <translation>f′(x) = 1（x &gt; 0 时），否则为 α·eˣ</translation>
    </message>
    <message>
        <source>Smooth for x &lt; 0 and saturating to −α, which pushes mean activations towards 0. With α = 1 the derivative is continuous at 0.</source>
        <translation>在 x &lt; 0 时平滑并饱和于 −α，使激活值的均值趋向 0。当 α = 1 时导数在 0 处连续。</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>f(x) = λ·x if x &gt; 0, else λ·α·(eˣ − 1)</source>
        <translation>f(x) = λ·x（x &gt; 0 时），否则为 λ·α·(eˣ − 1)</translation>
    </message>
    <message>
        <source>f′(x) = λ if x &gt; 0, else λ·α·eˣ</source>
        <translation>f′(x) = λ（x &gt; 0 时），否则为 λ·α·eˣ</translation>
    </message>
    <message>
        <source>ELU scaled by λ ≈ 1.0507 with α ≈ 1.6733, chosen so activations keep zero mean and unit variance through many layers (self-normalising).</source>
        <translation>按 λ ≈ 1.0507 缩放、取 α ≈ 1.6733 的 ELU；参数的选取使激活值经过多层后仍保持零均值和单位方差（自归一化）。</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>f(x) = min(max(0, x), 6)</source>
        <translation>f(x) = min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if 0 &lt; x ≤ 6, else 0</source>
        <translation>f′(x) = 1（0 &lt; x ≤ 6 时），否则为 0</translation>
    </message>
    <message>
        <source>ReLU capped at 6, popular on low-precision hardware. Past 6 the gradient is 0 again.</source>
        <translation>上限为 6 的 ReLU，常用于低精度硬件。超过 6 后梯度再次为 0。</translation>
    </message>
    <message>
        <source>negative slope a</source>
        <translation>负半轴斜率 a</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>silu(x) = x·σ(x)</source>
        <translation>silu(x) = x·σ(x)</translation>
    </message>
    <message>
        <source>silu′(x) = σ(x)·(1 + x·(1 − σ(x)))</source>
        <translation>silu′(x) = σ(x)·(1 + x·(1 − σ(x)))</translation>
    </message>
    <message>
        <source>Smooth and non-monotonic: it dips to a minimum of about −0.278 at x ≈ −1.278 before rising like relu. Also called swish with β = 1.</source>
        <translation>平滑且非单调：先在 x ≈ −1.278 处下降到约 −0.278 的最小值，再像 relu 一样上升。也称为 β = 1 的 swish。</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>swish(x) = x·σ(βx)</source>
        <translation>swish(x) = x·σ(βx)</translation>
    </message>
    <message>
        <source>swish′(x) = σ(βx)·(1 + βx·(1 − σ(βx)))</source>
        <translation>swish′(x) = σ(βx)·(1 + βx·(1 − σ(βx)))</translation>
    </message>
    <message>
        <source>SiLU with a tunable sharpness β: as β grows it approaches relu, at β → 0 it becomes the line x/2.</source>
        <translation>带可调锐度 β 的 SiLU：β 增大时趋近 relu，β → 0 时变为直线 x/2。</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>gelu(x) = x·Φ(x)</source>
        <translation>gelu(x) = x·Φ(x)</translation>
    </message>
    <message>
        <source>gelu′(x) = Φ(x) + x·φ(x)</source>
        <translation>gelu′(x) = Φ(x) + x·φ(x)</translation>
    </message>
    <message>
        <source>Weights the input by the probability Φ(x) that a standard normal variable is below it; the default in Transformers. Slightly negative for x &lt; 0, with a minimum near x ≈ −0.75.</source>
        <translation>用标准正态变量小于输入的概率 Φ(x) 对输入加权；是 Transformer 中的默认选择。x &lt; 0 时略为负，最小值在 x ≈ −0.75 附近。</translation>
    </message>
    <message>
        <source>GELU (tanh approx.)</source>
        <translation>GELU（tanh 近似）</translation>
    </message>
    <message>
        <source>f(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))</source>
        <translation>f(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))</translation>
    </message>
    <message>
        <source>f′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)·(1 + 0.134145x²)</source>
        <translation>f′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)·(1 + 0.134145x²)</translation>
    </message>
    <message>
        <source>The tanh approximation of GELU used by GPT-2 and BERT; it differs from the exact GELU by less than 0.0005.</source>
        <translation>GPT-2 和 BERT 使用的 GELU 的 tanh 近似；与精确的 GELU 相差不到 0.0005。</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>mish(x) = x·tanh(softplus(x))</source>
        <translation>mish(x) = x·tanh(softplus(x))</translation>
    </message>
    <message>
        <source>mish′(x) = tanh(sp(x)) + x·σ(x)·sech²(sp(x))</source>
        <translation>mish′(x) = tanh(sp(x)) + x·σ(x)·sech²(sp(x))</translation>
    </message>
    <message>
        <source>Smooth and non-monotonic like SiLU, with a slightly deeper minimum of about −0.309 near x ≈ −1.19.</source>
        <translation>与 SiLU 一样平滑且非单调，最小值略深，约为 −0.309，位于 x ≈ −1.19 附近。</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>softsign(x) = x / (1 + |x|)</source>
        <translation>softsign(x) = x / (1 + |x|)</translation>
    </message>
    <message>
        <source>softsign′(x) = 1 / (1 + |x|)²</source>
        <translation>softsign′(x) = 1 / (1 + |x|)²</translation>
    </message>
    <message>
        <source>A tanh-like squashing function whose tails approach ±1 polynomially rather than exponentially, so it saturates more gently.</source>
        <translation>类似 tanh 的压缩函数，两端以多项式而非指数速度趋近 ±1，因此饱和得更平缓。</translation>
    </message>
</context>
<context>
    <name>actlab::curves::FormulaPanel</name>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>导数</translation>
    </message>
    <message>
        <source>What to notice</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Not plotted</source>
        <translation>未绘制</translation>
    </message>
    <message>
        <source>%1 is not plotted: check it in the list to draw it.</source>
        <translation>%1 未绘制：在列表中勾选它即可绘制。</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>复制 LaTeX</translation>
    </message>
    <message>
        <source>Derivative check</source>
        <translation>导数核对</translation>
    </message>
    <message>
        <source>Copy f and f′ as LaTeX, to paste onto a slide</source>
        <translation>将 f 和 f′ 复制为 LaTeX，以便粘贴到幻灯片上</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>核对未通过：%1</translation>
    </message>
    <message>
        <source>Your function</source>
        <translation>你的函数</translation>
    </message>
    <message>
        <source>Evaluated as written: f and f′ in one pass with dual numbers, which is what is drawn. The f′ above is GiNaC&apos;s, checked against it at 64 points of the range.</source>
        <translation>按所写公式求值：用对偶数一次算出 f 和 f′，图中画的就是它们。上面的 f′ 由 GiNaC 求得，并在范围内 64 个点上与之核对。</translation>
    </message>
    <message>
        <source>Evaluated as written: f and f′ in one pass with dual numbers, which is what is drawn. GiNaC could not give f′ as a formula.</source>
        <translation>按所写公式求值：用对偶数一次算出 f 和 f′，图中画的就是它们。GiNaC 无法给出 f′ 的公式。</translation>
    </message>
</context>
<context>
    <name>actlab::curves::FunctionList</name>
    <message>
        <source>The classic four</source>
        <translation>经典四种</translation>
    </message>
    <message>
        <source>Rectifier family</source>
        <translation>整流函数族</translation>
    </message>
    <message>
        <source>Smooth modern</source>
        <translation>现代平滑函数</translation>
    </message>
    <message>
        <source>Hard variants</source>
        <translation>分段线性（hard）变体</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Check functions to draw them; select one to read its formula.</source>
        <translation>勾选函数以绘制曲线；选中一个函数以查看其公式。</translation>
    </message>
    <message>
        <source>Your functions</source>
        <translation>你的函数</translation>
    </message>
</context>
<context>
    <name>actlab::curves::HighlightPanel</name>
    <message>
        <source>Peak of f′</source>
        <translation>f′ 的峰值</translation>
    </message>
    <message>
        <source>The largest gradient marked and labelled: max σ′ = 0.25, max tanh′ = 1; relu&apos;s 1 for every x &gt; 0</source>
        <translation>标出并注明最大梯度：max σ′ = 0.25，max tanh′ = 1；relu 在所有 x &gt; 0 处为 1</translation>
    </message>
    <message>
        <source>Vanishing gradient (|f′| &lt; ε)</source>
        <translation>梯度消失（|f′| &lt; ε）</translation>
    </message>
    <message>
        <source>Shades where |f′| &lt; ε, for functions whose gradient vanishes in both tails</source>
        <translation>对两端梯度都会消失的函数，给 |f′| &lt; ε 的区域加阴影</translation>
    </message>
    <message>
        <source>Gradient through n layers</source>
        <translation>经过 n 层后的梯度</translation>
    </message>
    <message>
        <source>When max |f′| &lt; 1, the gradient through n layers is at most (max |f′|)ⁿ</source>
        <translation>当 max |f′| &lt; 1 时，经过 n 层后的梯度至多为 (max |f′|)ⁿ</translation>
    </message>
    <message>
        <source>Derivative at kinks</source>
        <translation>折点处的导数</translation>
    </message>
    <message>
        <source>Where f′ jumps: the value used (left derivative, as autograd) closed, the other side open</source>
        <translation>f′ 跳变处：实心点为采用的值（左导数，与 autograd 一致），空心点为另一侧</translation>
    </message>
    <message>
        <source>Negative minimum</source>
        <translation>负的最小值</translation>
    </message>
    <message>
        <source>The dip below 0 of silu, swish, gelu and mish, with its value</source>
        <translation>silu、swish、gelu 和 mish 低于 0 的下凹处及其数值</translation>
    </message>
    <message>
        <source>ReLU beside softplus</source>
        <translation>ReLU 与 softplus 对照</translation>
    </message>
    <message>
        <source>relu drawn beside softplus, the gap shaded and its maximum ln 2 / β labelled</source>
        <translation>在 softplus 旁绘制 relu，给两者之差加阴影，并标出最大差值 ln 2 / β</translation>
    </message>
    <message>
        <source>softplus′ = σ(βx)</source>
        <translation>softplus′ = σ(βx)</translation>
    </message>
    <message>
        <source>σ(βx) drawn as dots on softplus′: they coincide</source>
        <translation>在 softplus′ 上用圆点绘制 σ(βx)：二者重合</translation>
    </message>
    <message>
        <source>tanh = 2σ(2x) − 1</source>
        <translation>tanh = 2σ(2x) − 1</translation>
    </message>
    <message>
        <source>2σ(2x) − 1 drawn as dots on tanh: they coincide</source>
        <translation>在 tanh 上用圆点绘制 2σ(2x) − 1：二者重合</translation>
    </message>
    <message>
        <source>Vanishing-gradient threshold ε</source>
        <translation>梯度消失阈值 ε</translation>
    </message>
    <message>
        <source>|f′| below ε counts as a vanished gradient</source>
        <translation>|f′| 小于 ε 即视为梯度消失</translation>
    </message>
</context>
<context>
    <name>actlab::curves::ParameterPanel</name>
    <message>
        <source>The checked functions have no parameters.</source>
        <translation>所勾选的函数没有参数。</translation>
    </message>
</context>
<context>
    <name>actlab::curves::ProbePanel</name>
    <message>
        <source>Show the probe and the tangent</source>
        <translation>显示探针和切线</translation>
    </message>
    <message>
        <source>A vertical line at x, dots on every f and f′, and the tangent to the selected f.</source>
        <translation>在 x 处画一条竖线，在每条 f 和 f′ 上标点，并画出所选 f 的切线。</translation>
    </message>
    <message>
        <source>Probe x</source>
        <translation>探针 x</translation>
    </message>
    <message>
        <source>where the probe reads f and f′ and draws the tangent; the arrow keys on the plot move it too</source>
        <translation>探针读取 f 和 f′ 并绘制切线的位置；也可在图上用方向键移动</translation>
    </message>
</context>
<context>
    <name>actlab::curves::ProbeReadout</name>
    <message>
        <source>Probe readout</source>
        <translation>探针读数</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>未绘制</translation>
    </message>
    <message>
        <source>f and f′ at the probe, each as the shortest decimal that reads back as the same double. Ctrl+C or the right-click menu copies a whole number.</source>
        <translation>探针处的 f 和 f′，各以读回后仍是同一个双精度数的最短十进制数表示。Ctrl+C 或右键菜单可复制完整的数。</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
</context>
<context>
    <name>actlab::curves::RangePanel</name>
    <message>
        <source>x from</source>
        <translation>x 起点</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x 终点</translation>
    </message>
    <message>
        <source>Two panels: f above, f′ below</source>
        <translation>分两栏：上为 f，下为 f′</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>复位视图</translation>
    </message>
    <message>
        <source>Draw f and f′ in two panels sharing the x axis, each with its own y axis.</source>
        <translation>将 f 和 f′ 画在共用 x 轴的两栏中，各有自己的 y 轴。</translation>
    </message>
    <message>
        <source>Back to x from −8 to 8 with fitted y axes (Ctrl+0, or double-click the plot).</source>
        <translation>恢复 x 从 −8 到 8，并自动适配 y 轴（Ctrl+0，或双击图形）。</translation>
    </message>
    <message>
        <source>left end of the x range</source>
        <translation>x 范围的左端</translation>
    </message>
    <message>
        <source>right end of the x range</source>
        <translation>x 范围的右端</translation>
    </message>
</context>
<context>
    <name>actlab::highlighttext</name>
    <message>
        <source>min %1 = %2</source>
        <translation>min %1 = %2</translation>
    </message>
    <message>
        <source>max %1 = %2</source>
        <translation>max %1 = %2</translation>
    </message>
    <message>
        <source>%1 at x = %2</source>
        <translation>%1，位于 x = %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，当 %2</translation>
    </message>
    <message>
        <source>gradient %1 for every x %2 %3: no saturation</source>
        <translation>对所有 x %2 %3 梯度均为 %1：不饱和</translation>
    </message>
    <message>
        <source>min %1 = %2 at x = %3</source>
        <translation>min %1 = %2，位于 x = %3</translation>
    </message>
    <message>
        <source>vanishing gradient
|%1| &lt; %2</source>
        <translation>梯度消失
|%1| &lt; %2</translation>
    </message>
    <message>
        <source>through n layers the gradient is at most %1ⁿ
(n = 10: %2)</source>
        <translation>经过 n 层后梯度至多为 %1ⁿ
（n = 10：%2）</translation>
    </message>
    <message>
        <source>max gap ln 2 / β = %1 at x = %2</source>
        <translation>最大差值 ln 2 / β = %1，位于 x = %2</translation>
    </message>
    <message>
        <source>softplus′ = sigmoid
(dots: σ(βx))</source>
        <translation>softplus′ = sigmoid
（圆点：σ(βx)）</translation>
    </message>
    <message>
        <source>tanh(x) = 2σ(2x) − 1
(dots: 2σ(2x) − 1)</source>
        <translation>tanh(x) = 2σ(2x) − 1
（圆点：2σ(2x) − 1）</translation>
    </message>
    <message>
        <source>at x = %1</source>
        <translation>在 x = %1 处</translation>
    </message>
    <message>
        <source>for %1 ≤ x ≤ %2</source>
        <translation>在 %1 ≤ x ≤ %2 上</translation>
    </message>
    <message>
        <source>%1 is undefined %2</source>
        <translation>%1 %2无定义</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1 is infinite at x = %2</source>
        <translation>%1 在 x = %2 处为无穷</translation>
    </message>
    <message>
        <source> and infinite at x = %1</source>
        <translation>，在 x = %1 处为无穷</translation>
    </message>
    <message>
        <source>%1 has a pole at x = %2</source>
        <translation>%1 在 x = %2 处有极点</translation>
    </message>
    <message>
        <source> and a pole at x = %1</source>
        <translation>，在 x = %1 处有极点</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more gaps)</source>
        <translation>
            <numerusform>（另有 %n 处间断）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::language</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
</TS>
