<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MaxoutText</name>
    <message numerus="yes">
        <source>m = %n units</source>
        <translation>
            <numerusform>m = %n unit</numerusform>
            <numerusform>m = %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(k does not divide m: the last group has only %n units)</source>
        <translation>
            <numerusform>(k does not divide m: the last group has only %n unit)</numerusform>
            <numerusform>(k does not divide m: the last group has only %n units)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::DepthPlot</name>
    <message numerus="yes">
        <source>%1: 0 (dead) at %2 of %n layers</source>
        <translation>
            <numerusform>%1: 0 (dead) at %2 of %n layer</numerusform>
            <numerusform>%1: 0 (dead) at %2 of %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gradient through L = %n layers:  x = %1,  %2</source>
        <translation>
            <numerusform>Gradient through L = %n layer:  x = %1,  %2</numerusform>
            <numerusform>Gradient through L = %n layers:  x = %1,  %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::LensPlot</name>
    <message numerus="yes">
        <source>Error in ulps against Arb&apos;s correctly rounded value (log scale; 0 drawn at 0.1), x in [%1, %2], %n points</source>
        <translation>
            <numerusform>Error in ulps against Arb&apos;s correctly rounded value (log scale; 0 drawn at 0.1), x in [%1, %2], %n point</numerusform>
            <numerusform>Error in ulps against Arb&apos;s correctly rounded value (log scale; 0 drawn at 0.1), x in [%1, %2], %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::MaxoutLinePlot</name>
    <message numerus="yes">
        <source>… and %n more outputs</source>
        <translation>
            <numerusform>… and %n more output</numerusform>
            <numerusform>… and %n more outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actlab::highlighttext</name>
    <message numerus="yes">
        <source> (and %n more gaps)</source>
        <translation>
            <numerusform> (and %n more gap)</numerusform>
            <numerusform> (and %n more gaps)</numerusform>
        </translation>
    </message>
</context>
</TS>
