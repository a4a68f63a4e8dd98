<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DiagnosticsPanel</name>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n checked remedies under the shortfalls</source>
            <translation>
                <numerusform>; %n checked remedy under the shortfalls</numerusform>
                <numerusform>; %n checked remedies under the shortfalls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>%n warnings: the data was read, but check these points.</source>
            <translation>
                <numerusform>%n warning: the data was read, but check this point.</numerusform>
                <numerusform>%n warnings: the data was read, but check these points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data could not be used: %n problems found.</source>
            <translation>
                <numerusform>The data could not be used: %n problem found.</numerusform>
                <numerusform>The data could not be used: %n problems found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n course</numerusform>
                <numerusform>%n courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data errors</source>
            <translation>
                <numerusform>%n data error</numerusform>
                <numerusform>%n data errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups, </source>
            <translation>
                <numerusform>%n group, </numerusform>
                <numerusform>%n groups, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions, </source>
            <translation>
                <numerusform>%n session, </numerusform>
                <numerusform>%n sessions, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Data OK (%n warnings)</source>
            <translation>
                <numerusform>Data OK (%n warning)</numerusform>
                <numerusform>Data OK (%n warnings)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message numerus="yes">
            <source>Loads of the current timetable (%n sessions placed).</source>
            <translation>
                <numerusform>Loads of the current timetable (%n session placed).</numerusform>
                <numerusform>Loads of the current timetable (%n sessions placed).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SolvePanel</name>
        <message numerus="yes">
            <source>%n hard violations remain.</source>
            <translation>
                <numerusform>%n hard violation remains.</numerusform>
                <numerusform>%n hard violations remain.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n no longer fits the data</numerusform>
                <numerusform> — %n no longer fit the data</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViolationsPanel</name>
        <message numerus="yes">
            <source>%n violations — hard {hard}, soft {soft}</source>
            <translation>
                <numerusform>%n violation — hard {hard}, soft {soft}</numerusform>
                <numerusform>%n violations — hard {hard}, soft {soft}</numerusform>
            </translation>
        </message>
    </context>
</TS>
