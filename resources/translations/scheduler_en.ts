<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Column</name>
        <message numerus="yes">
            <source>%n preferred</source>
            <translation>
                <numerusform>%n preferred</numerusform>
                <numerusform>%n preferred</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unavailable</source>
            <translation>
                <numerusform>%n unavailable</numerusform>
                <numerusform>%n unavailable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undesired</source>
            <translation>
                <numerusform>%n undesired</numerusform>
                <numerusform>%n undesired</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n sessions are not placed.</source>
            <translation>
                <numerusform>%n session is not placed.</numerusform>
                <numerusform>%n sessions are not placed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions are placed.</source>
            <translation>
                <numerusform>The only session is placed.</numerusform>
                <numerusform>All %n sessions are placed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First page of %n pages ({paper}, landscape)</source>
            <translation>
                <numerusform>The only page ({paper}, landscape)</numerusform>
                <numerusform>First page of %n pages ({paper}, landscape)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No timetable yet: none of the %n sessions is placed.</source>
            <translation>
                <numerusform>No timetable yet: the only session is not placed (%n).</numerusform>
                <numerusform>No timetable yet: none of the %n sessions is placed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n files to {where}.</source>
            <translation>
                <numerusform>Wrote %n file to {where}.</numerusform>
                <numerusform>Wrote %n files to {where}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n sessions are not placed; the pages list them.</source>
            <translation>
                <numerusform>{missing} of %n session is not placed; the pages list it.</numerusform>
                <numerusform>{missing} of %n sessions are not placed; the pages list them.</numerusform>
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
        <name>Noun</name>
        <message numerus="yes">
            <source>%n components</source>
            <translation>
                <numerusform>%n component</numerusform>
                <numerusform>%n components</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n constraints</source>
            <translation>
                <numerusform>%n constraint</numerusform>
                <numerusform>%n constraints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n course</numerusform>
                <numerusform>%n courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instructors</source>
            <translation>
                <numerusform>%n instructor</numerusform>
                <numerusform>%n instructors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n period</numerusform>
                <numerusform>%n periods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rooms</source>
            <translation>
                <numerusform>%n room</numerusform>
                <numerusform>%n rooms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rules</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subgroups</source>
            <translation>
                <numerusform>%n subgroup</numerusform>
                <numerusform>%n subgroups</numerusform>
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
        <name>SolveController</name>
        <message numerus="yes">
            <source>The data has %n error(s); fix them before solving (see the Diagnostics panel).</source>
            <translation>
                <numerusform>The data has %n error; fix it before solving (see the Diagnostics panel).</numerusform>
                <numerusform>The data has %n errors; fix them before solving (see the Diagnostics panel).</numerusform>
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
        <name>TableEditor</name>
        <message numerus="yes">
            <source>Copied %n rows.</source>
            <translation>
                <numerusform>Copied %n row.</numerusform>
                <numerusform>Copied %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n rows of {table}</source>
            <translation>
                <numerusform>Duplicate %n row of {table}</numerusform>
                <numerusform>Duplicate %n rows of {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells into {table}</source>
            <translation>
                <numerusform>Paste %n cell into {table}</numerusform>
                <numerusform>Paste %n cells into {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n rows.</source>
            <translation>
                <numerusform>Pasted %n row.</numerusform>
                <numerusform>Pasted %n rows.</numerusform>
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
        <name>TableImportDialog</name>
        <message numerus="yes">
            <source>%n rows into {table}: {new} new, {updated} updated.</source>
            <translation>
                <numerusform>%n row into {table}: {new} new, {updated} updated.</numerusform>
                <numerusform>%n rows into {table}: {new} new, {updated} updated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimetableCommand</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place {session} and move %n other sessions</source>
            <translation>
                <numerusform>Place {session} and move %n other session</numerusform>
                <numerusform>Place {session} and move %n other sessions</numerusform>
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
        <message numerus="yes">
            <source>Careful: this adds %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Careful: this adds %n hard violation (soft {soft}).</numerusform>
                <numerusform>Careful: this adds %n hard violations (soft {soft}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This removes %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>This removes %n hard violation (soft {soft}).</numerusform>
                <numerusform>This removes %n hard violations (soft {soft}).</numerusform>
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
