<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <source>&lt;b&gt;Availability of {what}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Disponibilidad de {what}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed slots&lt;/b&gt; of the whole institution</source>
            <translation>&lt;b&gt;Franjas cerradas&lt;/b&gt; de toda la institución</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Click or drag over the grid to paint (or use the arrow keys and Space). Breaks are hatched; dotted cells are closed for everyone.</source>
            <translation>Haga clic o arrastre sobre la cuadrícula para pintar (o use las flechas y Espacio). Los descansos aparecen rayados; las celdas punteadas están cerradas para todos.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nada seleccionado</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Paint availability of {what}</source>
            <translation>Pintar la disponibilidad de {what}</translation>
        </message>
        <message>
            <source>Paint closed slots</source>
            <translation>Pintar franjas cerradas</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferida</translation>
        </message>
        <message>
            <source>Select a row to see its availability.</source>
            <translation>Seleccione una fila para ver su disponibilidad.</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>No disponible</translation>
        </message>
        <message>
            <source>Undesired</source>
            <translation>No deseada</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message numerus="yes">
            <source>%n preferred</source>
            <translation>
                <numerusform>%n preferida</numerusform>
                <numerusform>%n preferidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unavailable</source>
            <translation>
                <numerusform>%n no disponible</numerusform>
                <numerusform>%n no disponibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undesired</source>
            <translation>
                <numerusform>%n no deseada</numerusform>
                <numerusform>%n no deseadas</numerusform>
            </translation>
        </message>
        <message>
            <source>A block length</source>
            <translation>Una longitud de bloque</translation>
        </message>
        <message>
            <source>A hard rule must hold; a soft one costs its weight per unit of violation</source>
            <translation>Una regla dura debe cumplirse; una blanda cuesta su peso por unidad de infracción</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>All groups attend together</source>
            <translation>Todos los grupos asisten juntos</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Se aplica a</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidad</translation>
        </message>
        <message>
            <source>Block lengths per component, e.g. 'L 2+2, P 3'; empty: the default cut</source>
            <translation>Longitudes de bloque por componente, p. ej. 'L 2+2, P 3'; vacío: el reparto por defecto</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Bloques</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Edificio</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidad</translation>
        </message>
        <message>
            <source>Co-teachers</source>
            <translation>Codocentes</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <source>Cost of one unit of violation of a soft rule</source>
            <translation>Coste de una unidad de infracción de una regla blanda</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Courses and session types the instructor may teach</source>
            <translation>Asignaturas y tipos de sesión que el docente puede impartir</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Each subgroup is taught separately</source>
            <translation>Cada subgrupo recibe la clase por separado</translation>
        </message>
        <message>
            <source>Edit per component in the table below</source>
            <translation>Editar por componente en la tabla de abajo</translation>
        </message>
        <message>
            <source>Edit the subgroups in the table below</source>
            <translation>Editar los subgrupos en la tabla de abajo</translation>
        </message>
        <message>
            <source>Empty: any room</source>
            <translation>Vacío: cualquier aula</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Equipamiento</translation>
        </message>
        <message>
            <source>Features the room must have</source>
            <translation>Equipamiento que debe tener el aula</translation>
        </message>
        <message>
            <source>Fixed candidates; empty: every qualified instructor</source>
            <translation>Candidatos fijos; vacío: cualquier docente cualificado</translation>
        </message>
        <message>
            <source>Fixed instructors of the components (empty: anyone qualified); added ones join every component, removed ones leave every component</source>
            <translation>Docentes fijos de los componentes (vacío: cualquiera cualificado); los añadidos se suman a cada componente y los quitados salen de cada componente</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Quincenal</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Groups that want a midday break get one free period in this window</source>
            <translation>Los grupos que quieren un descanso de mediodía tienen un periodo libre en esta franja</translation>
        </message>
        <message>
            <source>Hard/soft</source>
            <translation>Dura/blanda</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Instructors who teach every session together with the chosen one (their clashes and availability count); comma separated ids</source>
            <translation>Docentes que imparten cada sesión junto con el elegido (cuentan sus choques y su disponibilidad); identificadores separados por comas</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Conjunta</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>Teoría</translation>
        </message>
        <message>
            <source>Lecture periods</source>
            <translation>Periodos de teoría</translation>
        </message>
        <message>
            <source>Lecture periods per week</source>
            <translation>Periodos de teoría por semana</translation>
        </message>
        <message>
            <source>Max/day</source>
            <translation>Máx./día</translation>
        </message>
        <message>
            <source>Midday break</source>
            <translation>Descanso de mediodía</translation>
        </message>
        <message>
            <source>Midday window</source>
            <translation>Franja de mediodía</translation>
        </message>
        <message>
            <source>Min days</source>
            <translation>Días mín.</translation>
        </message>
        <message>
            <source>Most periods a day (0: no limit)</source>
            <translation>Máximo de periodos al día (0: sin límite)</translation>
        </message>
        <message>
            <source>Most periods a day the instructor should teach (0: no limit)</source>
            <translation>Máximo de periodos al día que debería impartir el docente (0: sin límite)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Needs a room</source>
            <translation>Necesita aula</translation>
        </message>
        <message>
            <source>Needs an instructor</source>
            <translation>Necesita docente</translation>
        </message>
        <message>
            <source>Nothing is taught in a break</source>
            <translation>En un descanso no se imparte clase</translation>
        </message>
        <message>
            <source>Off: taught without a room (a sports or online lesson); its sessions get no room</source>
            <translation>Desactivado: se imparte sin aula (deporte o clase en línea); sus sesiones no reciben aula</translation>
        </message>
        <message>
            <source>Off: taught without an instructor; its sessions get none</source>
            <translation>Desactivado: se imparte sin docente; sus sesiones no reciben ninguno</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>Only active rules count</source>
            <translation>Solo cuentan las reglas activas</translation>
        </message>
        <message>
            <source>Paint the group's unavailable periods in the grid beside the table</source>
            <translation>Pintar los periodos no disponibles del grupo en la cuadrícula junto a la tabla</translation>
        </message>
        <message>
            <source>Paint the room's unavailable periods in the grid beside the table</source>
            <translation>Pintar los periodos no disponibles del aula en la cuadrícula junto a la tabla</translation>
        </message>
        <message>
            <source>Paint unavailable, preferred and undesired periods in the grid beside the table</source>
            <translation>Pintar los periodos no disponibles, preferidos y no deseados en la cuadrícula junto a la tabla</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Patrones</translation>
        </message>
        <message>
            <source>Penalty per unit of violation; 0 switches it off</source>
            <translation>Penalización por unidad de infracción; 0 la desactiva</translation>
        </message>
        <message>
            <source>Per subgroup</source>
            <translation>Por subgrupo</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Periods per week</source>
            <translation>Periodos por semana</translation>
        </message>
        <message>
            <source>Periods/week</source>
            <translation>Periodos/semana</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Practical periods</source>
            <translation>Periodos de prácticas</translation>
        </message>
        <message>
            <source>Practical periods per week</source>
            <translation>Periodos de prácticas por semana</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Cualificaciones</translation>
        </message>
        <message>
            <source>Room type</source>
            <translation>Tipo de aula</translation>
        </message>
        <message>
            <source>Room types</source>
            <translation>Tipos de aula</translation>
        </message>
        <message>
            <source>Seats in the room</source>
            <translation>Plazas del aula</translation>
        </message>
        <message>
            <source>Session lengths, e.g. 2+1; empty: the default cut</source>
            <translation>Duración de las sesiones, p. ej. 2+1; vacío: el reparto por defecto</translation>
        </message>
        <message>
            <source>Sessions that need a room type only go to rooms of that type</source>
            <translation>Las sesiones que piden un tipo de aula solo van a aulas de ese tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Spread each section over at least this many days</source>
            <translation>Repartir cada sección en al menos este número de días</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Students in the group</source>
            <translation>Estudiantes del grupo</translation>
        </message>
        <message>
            <source>Subgroup</source>
            <translation>Subgrupo</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subgrupos</translation>
        </message>
        <message>
            <source>Switch the constraint on or off</source>
            <translation>Activar o desactivar la restricción</translation>
        </message>
        <message>
            <source>Taught every other week (needs a two-week cycle in the time grid): the periods are those of the fortnight, each block taught in week A or B</source>
            <translation>Se imparte cada dos semanas (requiere un ciclo de dos semanas en la rejilla horaria): los periodos son los de la quincena y cada bloque se imparte en la semana A o B</translation>
        </message>
        <message>
            <source>The block patterns the solver may choose: 'any' (every cut between the default shortest and longest block), 'any 2-4' (blocks of 2 to 4 periods), '3+3; 2+2+2' (a list), or one pattern such as '3+3' (fixed)</source>
            <translation>Los patrones de bloques que puede elegir el resolvedor: 'any' (cualquier reparto entre el bloque más corto y el más largo por defecto), 'any 2-4' (bloques de 2 a 4 periodos), '3+3; 2+2+2' (una lista) o un único patrón como '3+3' (fijo)</translation>
        </message>
        <message>
            <source>The courses the group takes</source>
            <translation>Las asignaturas que cursa el grupo</translation>
        </message>
        <message>
            <source>The group wants a free period in the midday window</source>
            <translation>El grupo quiere un periodo libre en la franja de mediodía</translation>
        </message>
        <message>
            <source>The groups that take this course (edits the groups' course lists)</source>
            <translation>Los grupos que cursan esta asignatura (edita las listas de asignaturas de los grupos)</translation>
        </message>
        <message>
            <source>The kind of rule (the rule catalogue)</source>
            <translation>El tipo de regla (el catálogo de reglas)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Tutorial</source>
            <translation>Tutoría</translation>
        </message>
        <message>
            <source>Tutorial periods</source>
            <translation>Periodos de tutoría</translation>
        </message>
        <message>
            <source>Tutorial periods per week</source>
            <translation>Periodos de tutoría por semana</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Qué cuenta</translation>
        </message>
        <message>
            <source>Whom or what the rule is about: instructors, groups, lessons, rooms, or all of a kind</source>
            <translation>A quién o a qué se refiere la regla: docentes, grupos, sesiones, aulas o todos los de un tipo</translation>
        </message>
        <message>
            <source>always available</source>
            <translation>siempre disponible</translation>
        </message>
        <message>
            <source>name=value; separated by ';' (slots: 'Mon P1, Tue P2')</source>
            <translation>nombre=valor; separados por ';' (franjas: 'Mon P1, Tue P2')</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>{what} must be a clock time like 08:30, not {text}.</source>
            <translation>{what} debe ser una hora como 08:30, no {text}.</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text}.</source>
            <translation>{what} debe ser un número entero, no {text}.</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum}, not {number}.</source>
            <translation>{what} debe ser al menos {minimum}, no {number}.</translation>
        </message>
        <message>
            <source>{what} must be yes or no, not {value}.</source>
            <translation>{what} debe ser sí o no, no {value}.</translation>
        </message>
    </context>
    <context>
        <name>ConflictQuestion</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Move the others</source>
            <translation>Mover las demás</translation>
        </message>
        <message>
            <source>Moving the sessions in the way makes room for it:</source>
            <translation>Mover las sesiones que estorban le hace sitio:</translation>
        </message>
        <message>
            <source>Place anyway</source>
            <translation>Ubicar de todos modos</translation>
        </message>
        <message>
            <source>Place it here and move the sessions in its way as listed</source>
            <translation>Ubicarla aquí y mover las sesiones que estorban como se indica</translation>
        </message>
        <message>
            <source>Place it here; its conflicts show in the grid and the list</source>
            <translation>Ubicarla aquí; sus conflictos se ven en la cuadrícula y en la lista</translation>
        </message>
        <message>
            <source>This place is not allowed</source>
            <translation>Este lugar no está permitido</translation>
        </message>
        <message>
            <source>Total change of the score: {change}.</source>
            <translation>Cambio total de la puntuación: {change}.</translation>
        </message>
        <message>
            <source>hard {hard}, soft {soft}</source>
            <translation>duras {hard}, blandas {soft}</translation>
        </message>
        <message>
            <source>unplaced</source>
            <translation>sin ubicar</translation>
        </message>
        <message>
            <source>{session} cannot go there without breaking hard constraints:</source>
            <translation>{session} no puede ir ahí sin incumplir restricciones duras:</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
    </context>
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>&amp;Añadir fila</translation>
        </message>
        <message>
            <source>&amp;Copy Cells</source>
            <translation>&amp;Copiar celdas</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;Eliminar filas</translation>
        </message>
        <message>
            <source>&amp;Paste Cells</source>
            <translation>&amp;Pegar celdas</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>Añadir una fila a la tabla</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Componentes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Restricciones</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>Copiar las celdas seleccionadas como texto separado por tabuladores</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>Eliminar las filas seleccionadas</translation>
        </message>
        <message>
            <source>Dup&amp;licate Rows</source>
            <translation>D&amp;uplicar filas</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>Duplicar las filas seleccionadas con identificadores nuevos</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Paste tab-separated text (from a spreadsheet) at the current cell</source>
            <translation>Pegar texto separado por tabuladores (de una hoja de cálculo) en la celda actual</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Periodos</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Aulas</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>Soft constraints</source>
            <translation>Restricciones blandas</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subgrupos</translation>
        </message>
        <message>
            <source>Time grid</source>
            <translation>Rejilla horaria</translation>
        </message>
    </context>
    <context>
        <name>DataExporter</name>
        <message>
            <source>&amp;Export data</source>
            <translation>Exportar &amp;datos</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>Libro de Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>Datos exportados a {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento de Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documentos de Schedule Engine (*.json)</translation>
        </message>
    </context>
    <context>
        <name>DataImporter</name>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Campus data folder…</source>
            <translation>Carpeta de datos del campus…</translation>
        </message>
        <message>
            <source>ITC-2007 instance (.ctt)…</source>
            <translation>Instancia ITC-2007 (.ctt)…</translation>
        </message>
        <message>
            <source>Import ITC-2007 instance</source>
            <translation>Importar instancia ITC-2007</translation>
        </message>
        <message>
            <source>Import Schedule Engine document</source>
            <translation>Importar documento de Schedule Engine</translation>
        </message>
        <message>
            <source>Import a table</source>
            <translation>Importar una tabla</translation>
        </message>
        <message>
            <source>Import {table} from {file}</source>
            <translation>Importar {table} desde {file}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento de Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documentos de Schedule Engine (*.json)</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>Tabla desde CSV o XLSX…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Tablas (*.csv *.xlsx *.xlsm);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{done}: {added} added, {updated} updated</source>
            <translation>{done}: {added} añadidas, {updated} actualizadas</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPanel</name>
        <message>
            <source> — looking for remedies…</source>
            <translation> — buscando soluciones…</translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>; %n checked remedies under the shortfalls</source>
            <translation>
                <numerusform>; %n solución comprobada bajo los déficits</numerusform>
                <numerusform>; %n soluciones comprobadas bajo los déficits</numerusform>
            </translation>
        </message>
        <message>
            <source>; could not look for remedies: {error}</source>
            <translation>; no se han podido buscar soluciones: {error}</translation>
        </message>
        <message>
            <source>Another room</source>
            <translation>Otra aula</translation>
        </message>
        <message>
            <source>Another teacher</source>
            <translation>Otro docente</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Apply changes: {changes}.</source>
            <translation>Aplicar cambios: {changes}.</translation>
        </message>
        <message>
            <source>Apply remedy: {remedy}</source>
            <translation>Aplicar solución: {remedy}</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Cambios:</translation>
        </message>
        <message>
            <source>Checking the changed data…</source>
            <translation>Comprobando los datos modificados…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Could not apply the remedy: {error}</source>
            <translation>No se ha podido aplicar la solución: {error}</translation>
        </message>
        <message>
            <source>Could not check the data: {error}</source>
            <translation>No se han podido comprobar los datos: {error}</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Fewer periods</source>
            <translation>Menos periodos</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Joint teaching</source>
            <translation>Docencia conjunta</translation>
        </message>
        <message>
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>Aplicar el cambio de la solución seleccionada (se deshace en un paso) y volver a comprobar</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Más tiempo</translation>
        </message>
        <message>
            <source>No problems found in the data.</source>
            <translation>No se han encontrado problemas en los datos.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se han encontrado problemas.</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Aún sin comprobar</translation>
        </message>
        <message>
            <source>Other blocks</source>
            <translation>Otros bloques</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>Solución</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>Seleccione una solución bajo un déficit para aplicarla.</translation>
        </message>
        <message>
            <source>Select it and press Apply to make the change.</source>
            <translation>Selecciónela y pulse Aplicar para hacer el cambio.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
    </context>
    <context>
        <name>DragInspector</name>
        <message>
            <source>Soft changes: {changes}</source>
            <translation>Cambios en restricciones blandas: {changes}</translation>
        </message>
        <message>
            <source>That is not a start time of the week.</source>
            <translation>Esa no es una hora de inicio de la semana.</translation>
        </message>
        <message>
            <source>That session is not in the data any more.</source>
            <translation>Esa sesión ya no está en los datos.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
        <message>
            <source>{when}, week {week}</source>
            <translation>{when}, semana {week}</translation>
        </message>
        <message>
            <source>{when}: legal, soft {change}</source>
            <translation>{when}: permitido, blandas {change}</translation>
        </message>
        <message>
            <source>{when}: not allowed</source>
            <translation>{when}: no permitido</translation>
        </message>
    </context>
    <context>
        <name>EntitySelector</name>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Aulas</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>%n warnings: the data was read, but check these points.</source>
            <translation>
                <numerusform>%n aviso: los datos se han leído, pero revise este punto.</numerusform>
                <numerusform>%n avisos: los datos se han leído, pero revise estos puntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Permission denied: {file}</source>
            <translation>Permiso denegado: {file}</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Something went wrong that the application did not expect. ({error})</source>
            <translation>Se ha producido un error que la aplicación no esperaba. ({error})</translation>
        </message>
        <message numerus="yes">
            <source>The data could not be used: %n problems found.</source>
            <translation>
                <numerusform>No se pueden usar los datos: se ha encontrado %n problema.</numerusform>
                <numerusform>No se pueden usar los datos: se han encontrado %n problemas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file was not found: {file}</source>
            <translation>No se ha encontrado el archivo: {file}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n sessions are not placed.</source>
            <translation>
                <numerusform>%n sesión no está ubicada.</numerusform>
                <numerusform>%n sesiones no están ubicadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions are placed.</source>
            <translation>
                <numerusform>Todas las sesiones están ubicadas (%n).</numerusform>
                <numerusform>Las %n sesiones están ubicadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>CSV list of sessions (.csv)</source>
            <translation>Lista CSV de sesiones (.csv)</translation>
        </message>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>Los eventos del calendario llevan la zona horaria de la institución; cámbiela en los ajustes de la institución.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose at least one group, instructor or room, an overview or the report pages.</source>
            <translation>Elija al menos un grupo, un docente o un aula, una vista general o las páginas de informe.</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Elija dónde guardar la exportación.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Could not export the timetable</source>
            <translation>No se ha podido exportar el horario</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportación cancelada; no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Export into the folder</source>
            <translation>Exportar a la carpeta</translation>
        </message>
        <message>
            <source>Export timetable</source>
            <translation>Exportar horario</translation>
        </message>
        <message numerus="yes">
            <source>First page of %n pages ({paper}, landscape)</source>
            <translation>
                <numerusform>Página única ({paper}, horizontal)</numerusform>
                <numerusform>Primera página de %n ({paper}, horizontal)</numerusform>
            </translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>No overview</source>
            <translation>Sin vista general</translation>
        </message>
        <message numerus="yes">
            <source>No timetable yet: none of the %n sessions is placed.</source>
            <translation>
                <numerusform>Aún no hay horario: no hay ninguna sesión ubicada (%n en total).</numerusform>
                <numerusform>Aún no hay horario: ninguna de las %n sesiones está ubicada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing chosen to print.</source>
            <translation>No se ha elegido nada para imprimir.</translation>
        </message>
        <message>
            <source>One calendar file for everything</source>
            <translation>Un solo archivo de calendario para todo</translation>
        </message>
        <message>
            <source>One overview page per day</source>
            <translation>Una página de vista general por día</translation>
        </message>
        <message>
            <source>One week overview of all groups</source>
            <translation>Una vista general semanal de todos los grupos</translation>
        </message>
        <message>
            <source>Overview:</source>
            <translation>Vista general:</translation>
        </message>
        <message>
            <source>PDF and printing</source>
            <translation>PDF e impresión</translation>
        </message>
        <message>
            <source>PDF booklet (.pdf)</source>
            <translation>Cuadernillo PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>Página {done} de {total}</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papel:</translation>
        </message>
        <message>
            <source>Print timetable</source>
            <translation>Imprimir horario</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Report pages: room use, instructor and group load</source>
            <translation>Páginas de informe: uso de aulas, carga de docentes y de grupos</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Guardar el PDF como</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Guardar en:</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Periodo lectivo</translation>
        </message>
        <message>
            <source>The first page as printed</source>
            <translation>La primera página tal como se imprime</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>El periodo lectivo termina antes de empezar.</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Zona horaria:</translation>
        </message>
        <message>
            <source>Web pages (HTML folder)</source>
            <translation>Páginas web (carpeta HTML)</translation>
        </message>
        <message>
            <source>Week pages for:</source>
            <translation>Páginas semanales de:</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n files to {where}.</source>
            <translation>
                <numerusform>%n archivo escrito en {where}.</numerusform>
                <numerusform>%n archivos escritos en {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote 1 file to {where}.</source>
            <translation>Archivo escrito: {where}.</translation>
        </message>
        <message>
            <source>e.g. Autumn term 2026</source>
            <translation>p. ej. Primer cuatrimestre 2026</translation>
        </message>
        <message>
            <source>iCalendar files (.ics)</source>
            <translation>Archivos iCalendar (.ics)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n sessions are not placed; the pages list them.</source>
            <translation>
                <numerusform>{missing} de %n sesiones no están ubicadas; las páginas las enumeran.</numerusform>
                <numerusform>{missing} de %n sesiones no están ubicadas; las páginas las enumeran.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Vaciar la lista</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>No hay proyectos recientes</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Guardar proyecto como</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>¿Guardar los cambios de {name} antes de cerrarlo?</translation>
        </message>
        <message>
            <source>Schedule Engine projects ({pattern})</source>
            <translation>Proyectos de Schedule Engine ({pattern})</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
    </context>
    <context>
        <name>FindPlace</name>
        <message>
            <source>Find a place for {session}</source>
            <translation>Buscar un hueco para {session}</translation>
        </message>
        <message>
            <source>Legal places for {session}, the best first (the change of the soft score):</source>
            <translation>Lugares permitidos para {session}, el mejor primero (el cambio de la puntuación blanda):</translation>
        </message>
        <message>
            <source>Place here</source>
            <translation>Ubicar aquí</translation>
        </message>
        <message>
            <source>{session} has no legal place in this timetable. Drop it on a red slot to see what is in the way and the moves that make room.</source>
            <translation>{session} no tiene ningún lugar permitido en este horario. Suéltela en una franja roja para ver qué estorba y los movimientos que le hacen sitio.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
        <message>
            <source>{when} — soft {change}</source>
            <translation>{when} — blandas {change}</translation>
        </message>
    </context>
    <context>
        <name>FractionalHoursDialog</name>
        <message>
            <source>Fortnightly: twice the hours every other week, in a two-week cycle (1.5 hours: 3 periods in week A or B)</source>
            <translation>Quincenal: el doble de horas cada dos semanas, en un ciclo de dos semanas (1,5 horas: 3 periodos en la semana A o B)</translation>
        </message>
        <message>
            <source>Fractional weekly hours</source>
            <translation>Horas semanales fraccionarias</translation>
        </message>
        <message>
            <source>Round up: whole periods every week (1.5 hours: 2 periods)</source>
            <translation>Redondear hacia arriba: periodos enteros cada semana (1,5 horas: 2 periodos)</translation>
        </message>
        <message>
            <source>Some courses may have weekly hours that are not whole (1.5 hours a week). How should they be taught?</source>
            <translation>Algunas asignaturas pueden tener horas semanales no enteras (1,5 horas a la semana). ¿Cómo deben impartirse?</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>The new language takes effect the next time Schedule Engine starts.</source>
            <translation>El nuevo idioma se aplicará la próxima vez que se inicie Schedule Engine.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n asignatura</numerusform>
                <numerusform>%n asignaturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data errors</source>
            <translation>
                <numerusform>%n error en los datos</numerusform>
                <numerusform>%n errores en los datos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups, </source>
            <translation>
                <numerusform>%n grupo, </numerusform>
                <numerusform>%n grupos, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions, </source>
            <translation>
                <numerusform>%n sesión, </numerusform>
                <numerusform>%n sesiones, </numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About Schedule Engine</source>
            <translation>&amp;Acerca de Schedule Engine</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Solve</source>
            <translation>&amp;Resolver</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Acerca de {name}</translation>
        </message>
        <message>
            <source>Build a timetable for the current data (F5)</source>
            <translation>Generar un horario con los datos actuales (F5)</translation>
        </message>
        <message>
            <source>Builds weekly course timetables for schools and universities, entirely on this computer.</source>
            <translation>Genera horarios semanales de clases para centros educativos y universidades, íntegramente en este equipo.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Data OK</source>
            <translation>Datos correctos</translation>
        </message>
        <message numerus="yes">
            <source>Data OK (%n warnings)</source>
            <translation>
                <numerusform>Datos correctos (%n aviso)</numerusform>
                <numerusform>Datos correctos (%n avisos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Data not checked</source>
            <translation>Datos sin comprobar</translation>
        </message>
        <message>
            <source>E&amp;xport Timetable…</source>
            <translation>E&amp;xportar horario…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>PDF booklet, spreadsheet, CSV, web pages or calendars (Ctrl+E)</source>
            <translation>Cuadernillo PDF, hoja de cálculo, CSV, páginas web o calendarios (Ctrl+E)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>De&amp;tener</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>Guardado {name}</translation>
        </message>
        <message>
            <source>Text Under Toolbar Icons</source>
            <translation>Texto bajo los iconos de la barra</translation>
        </message>
        <message>
            <source>The data editors are not available in this build.</source>
            <translation>Los editores de datos no están disponibles en esta versión.</translation>
        </message>
        <message>
            <source>The timetable appears here once the data has been solved.</source>
            <translation>El horario aparecerá aquí cuando se hayan resuelto los datos.</translation>
        </message>
        <message>
            <source>The user guide is not part of this installation.</source>
            <translation>La guía del usuario no forma parte de esta instalación.</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <source>{name} (not saved yet)</source>
            <translation>{name} (aún sin guardar)</translation>
        </message>
    </context>
    <context>
        <name>Noun</name>
        <message numerus="yes">
            <source>%n components</source>
            <translation>
                <numerusform>%n componente</numerusform>
                <numerusform>%n componentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n constraints</source>
            <translation>
                <numerusform>%n restricción</numerusform>
                <numerusform>%n restricciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n asignatura</numerusform>
                <numerusform>%n asignaturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instructors</source>
            <translation>
                <numerusform>%n docente</numerusform>
                <numerusform>%n docentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n periodo</numerusform>
                <numerusform>%n periodos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rooms</source>
            <translation>
                <numerusform>%n aula</numerusform>
                <numerusform>%n aulas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rules</source>
            <translation>
                <numerusform>%n regla</numerusform>
                <numerusform>%n reglas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subgroups</source>
            <translation>
                <numerusform>%n subgrupo</numerusform>
                <numerusform>%n subgrupos</numerusform>
            </translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Componentes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Restricciones</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Periodos</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Aulas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subgrupos</translation>
        </message>
        <message>
            <source>component</source>
            <translation>componente</translation>
        </message>
        <message>
            <source>constraint</source>
            <translation>restricción</translation>
        </message>
        <message>
            <source>course</source>
            <translation>asignatura</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>docente</translation>
        </message>
        <message>
            <source>period</source>
            <translation>periodo</translation>
        </message>
        <message>
            <source>room</source>
            <translation>aula</translation>
        </message>
        <message>
            <source>row</source>
            <translation>fila</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regla</translation>
        </message>
        <message>
            <source>subgroup</source>
            <translation>subgrupo</translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>Day overview</source>
            <translation>Vista del día</translation>
        </message>
        <message>
            <source>Each line: start, course, lec / tut / prac, [{a}] or [{b}]: that week only, the subgroup if only part of the group attends, room.</source>
            <translation>Cada línea: inicio, asignatura, teo / tut / prác, [{a}] o [{b}]: solo esa semana, el subgrupo si solo asiste parte del grupo, aula.</translation>
        </message>
        <message>
            <source>Each line: start, course, lec(ture) / tut(orial) / prac(tical), the subgroup when only part of the group attends, room.</source>
            <translation>Cada línea: inicio, asignatura, teo(ría) / tut(oría) / prác(ticas), el subgrupo cuando solo asiste parte del grupo, aula.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Made with Schedule Engine</source>
            <translation>Hecho con Schedule Engine</translation>
        </message>
        <message>
            <source>No sessions in this week.</source>
            <translation>No hay sesiones esta semana.</translation>
        </message>
        <message>
            <source>No sessions placed in this week.</source>
            <translation>No hay sesiones ubicadas esta semana.</translation>
        </message>
        <message>
            <source>Not placed ({n}): </source>
            <translation>Sin ubicar ({n}): </translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Página {number} de {count}</translation>
        </message>
        <message>
            <source>Per student set (subgroup, or the group itself): periods attended per day and idle gaps.</source>
            <translation>Por conjunto de estudiantes (subgrupo, o el propio grupo): periodos de clase por día y huecos.</translation>
        </message>
        <message>
            <source>Periods taught per day; idle gaps are free periods between a day's first and last session.</source>
            <translation>Periodos impartidos por día; los huecos son periodos libres entre la primera y la última sesión del día.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Impreso el {date}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>These sessions have no time in this timetable; solve again or place them by hand.</source>
            <translation>Estas sesiones no tienen hora en este horario; vuelva a resolver o colóquelas a mano.</translation>
        </message>
        <message>
            <source>Two-week cycle: week {a} left, week {b} right</source>
            <translation>Ciclo de dos semanas: semana {a} a la izquierda, semana {b} a la derecha</translation>
        </message>
        <message>
            <source>Used / available periods per day, summed over the rooms of each type.</source>
            <translation>Periodos usados / disponibles por día, sumados sobre las aulas de cada tipo.</translation>
        </message>
        <message>
            <source>Used / available periods per day; available excludes breaks, closed periods and the room's own unavailable periods.</source>
            <translation>Periodos usados / disponibles por día; los disponibles no cuentan los descansos, los periodos cerrados ni los periodos no disponibles del aula.</translation>
        </message>
        <message>
            <source>Week overview: all groups</source>
            <translation>Vista de la semana: todos los grupos</translation>
        </message>
        <message>
            <source>Week overview: all instructors</source>
            <translation>Vista de la semana: todos los docentes</translation>
        </message>
        <message>
            <source>Week overview: all rooms</source>
            <translation>Vista de la semana: todas las aulas</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrado</translation>
        </message>
        <message>
            <source>lec</source>
            <translation>teo</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>parte {part} de {parts}</translation>
        </message>
        <message>
            <source>prac</source>
            <translation>prác</translation>
        </message>
        <message>
            <source>tut</source>
            <translation>tut</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>semana {name}</translation>
        </message>
        <message>
            <source>{day}: all groups</source>
            <translation>{day}: todos los grupos</translation>
        </message>
        <message>
            <source>{day}: all instructors</source>
            <translation>{day}: todos los docentes</translation>
        </message>
        <message>
            <source>{day}: all rooms</source>
            <translation>{day}: todas las aulas</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… y {n} más</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Could not restore the unsaved changes</source>
            <translation>No se han podido restaurar los cambios sin guardar</translation>
        </message>
        <message>
            <source>Discard the recovery copy</source>
            <translation>Descartar la copia de recuperación</translation>
        </message>
        <message>
            <source>Open without restoring</source>
            <translation>Abrir sin restaurar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore unsaved changes?</source>
            <translation>¿Restaurar los cambios sin guardar?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to an unsaved project from {time}?</source>
            <translation>{app} se cerró de forma inesperada. ¿Restaurar los cambios de un proyecto sin guardar del {time}?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to {name} from {time}?</source>
            <translation>{app} se cerró de forma inesperada. ¿Restaurar los cambios sin guardar de {name} del {time}?</translation>
        </message>
        <message>
            <source>“Open without restoring” keeps the recovery copy for the next start.</source>
            <translation>«Abrir sin restaurar» conserva la copia de recuperación para el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message numerus="yes">
            <source>Loads of the current timetable (%n sessions placed).</source>
            <translation>
                <numerusform>Cargas del horario actual (%n sesión ubicada).</numerusform>
                <numerusform>Cargas del horario actual (%n sesiones ubicadas).</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions placed yet: every load is zero.</source>
            <translation>Aún no hay sesiones ubicadas: todas las cargas son cero.</translation>
        </message>
        <message>
            <source>No timetable yet.</source>
            <translation>Aún no hay horario.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <source>Active (only active rules count)</source>
            <translation>Activa (solo cuentan las reglas activas)</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Añadir regla</translation>
        </message>
        <message>
            <source>Add rule {id}</source>
            <translation>Añadir la regla {id}</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Se aplica a</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Comentario:</translation>
        </message>
        <message>
            <source>Edit rule {id}</source>
            <translation>Editar la regla {id}</translation>
        </message>
        <message>
            <source>Hard or soft:</source>
            <translation>Dura o blanda:</translation>
        </message>
        <message>
            <source>ID:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>This type of rule has no parameters.</source>
            <translation>Este tipo de regla no tiene parámetros.</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Peso:</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>todos los grupos</translation>
        </message>
        <message>
            <source>all instructors</source>
            <translation>todos los docentes</translation>
        </message>
        <message>
            <source>all rooms</source>
            <translation>todas las aulas</translation>
        </message>
        <message>
            <source>all sessions</source>
            <translation>todas las sesiones</translation>
        </message>
        <message>
            <source>component</source>
            <translation>componente</translation>
        </message>
        <message>
            <source>course</source>
            <translation>asignatura</translation>
        </message>
        <message>
            <source>days and periods, e.g. Mon P1, Tue P2</source>
            <translation>días y periodos, p. ej. Mon P1, Tue P2</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>docente</translation>
        </message>
        <message>
            <source>room</source>
            <translation>aula</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>etiqueta</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>'{name}': {item} is not a slot; write a day and a period, e.g. '{example}'.</source>
            <translation>'{name}': {item} no es una franja; escriba un día y un periodo, p. ej. '{example}'.</translation>
        </message>
        <message>
            <source>a rule needs an id.</source>
            <translation>una regla necesita un identificador.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>dura</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>blanda</translation>
        </message>
        <message>
            <source>the id {id} is already used by another rule.</source>
            <translation>el identificador {id} ya lo usa otra regla.</translation>
        </message>
        <message>
            <source>write {hard} or {soft}, not {value}.</source>
            <translation>escriba {hard} o {soft}, no {value}.</translation>
        </message>
        <message>
            <source>{label} is not something a rule applies to: write e.g. 'instructor I1', 'group G1', 'course C1', 'room R1' or 'all instructors'.</source>
            <translation>{label} no es algo a lo que se aplique una regla: escriba p. ej. 'instructor I1', 'group G1', 'course C1', 'room R1' o 'all instructors'.</translation>
        </message>
        <message>
            <source>{label}: write a component as course/session type, e.g. MATH/lecture.</source>
            <translation>{label}: escriba un componente como asignatura/tipo de sesión, p. ej. MATH/lecture.</translation>
        </message>
        <message>
            <source>{part}: a '{type}' rule takes the parameters {known}, as name=value.</source>
            <translation>{part}: una regla '{type}' admite los parámetros {known}, como nombre=valor.</translation>
        </message>
        <message>
            <source>{text} is not a rule type; choose one of the list (e.g. {example}).</source>
            <translation>{text} no es un tipo de regla; elija uno de la lista (p. ej. {example}).</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>Add a rule with a form of its parameters</source>
            <translation>Añadir una regla con un formulario de sus parámetros</translation>
        </message>
        <message>
            <source>Add a rule with the + button; each row is one rule of the problem. Choose its type, whom it applies to and its parameters in the cells.</source>
            <translation>Añada una regla con el botón +; cada fila es una regla del problema. Elija en las celdas su tipo, a quién se aplica y sus parámetros.</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Añadir regla…</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Se aplica a</translation>
        </message>
        <message>
            <source>Choose the rule to edit in the table.</source>
            <translation>Elija en la tabla la regla que desea editar.</translation>
        </message>
        <message>
            <source>Edit rule…</source>
            <translation>Editar regla…</translation>
        </message>
        <message>
            <source>Edit the current rule in a form</source>
            <translation>Editar la regla actual en un formulario</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>default</source>
            <translation>por defecto</translation>
        </message>
        <message>
            <source>groups or subgroups</source>
            <translation>grupos o subgrupos</translation>
        </message>
        <message>
            <source>instructors</source>
            <translation>docentes</translation>
        </message>
        <message>
            <source>lessons (sessions, courses, components or tags)</source>
            <translation>clases (sesiones, asignaturas, componentes o etiquetas)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>rooms</source>
            <translation>aulas</translation>
        </message>
    </context>
    <context>
        <name>RunCompare</name>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Compare {first} and {second}</source>
            <translation>Comparar {first} y {second}</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <source>Hard violations (total)</source>
            <translation>Infracciones duras (total)</translation>
        </message>
        <message>
            <source>Soft penalty (total)</source>
            <translation>Penalización blanda (total)</translation>
        </message>
        <message>
            <source>{differing} of {total} sessions are placed differently (time, room or instructor). Change = {second} − {first}.</source>
            <translation>{differing} de {total} sesiones están ubicadas de otra forma (hora, aula o docente). Cambio = {second} − {first}.</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Compare…</source>
            <translation>Comparar…</translation>
        </message>
        <message>
            <source>Copy the run and start the next run from its timetable.</source>
            <translation>Copiar la ejecución y empezar la siguiente desde su horario.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Feasible</source>
            <translation>Válida</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Duras</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>No válida</translation>
        </message>
        <message>
            <source>Make the selected run's timetable the working timetable.</source>
            <translation>Usar el horario de la ejecución seleccionada como horario de trabajo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Select two runs to compare their scores and timetables.</source>
            <translation>Seleccione dos ejecuciones para comparar sus puntuaciones y horarios.</translation>
        </message>
        <message>
            <source>Soft</source>
            <translation>Blandas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Use this timetable</source>
            <translation>Usar este horario</translation>
        </message>
    </context>
    <context>
        <name>SessionMenu</name>
        <message>
            <source>Find a place…</source>
            <translation>Buscar un hueco…</translation>
        </message>
        <message>
            <source>Pin all visible</source>
            <translation>Fijar todas las visibles</translation>
        </message>
        <message>
            <source>Pin room</source>
            <translation>Fijar el aula</translation>
        </message>
        <message>
            <source>Pin time</source>
            <translation>Fijar la hora</translation>
        </message>
        <message>
            <source>Pin time and room</source>
            <translation>Fijar la hora y el aula</translation>
        </message>
        <message>
            <source>Show {name}'s week</source>
            <translation>Mostrar la semana de {name}</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Liberar</translation>
        </message>
        <message>
            <source>Unpin all visible</source>
            <translation>Liberar todas las visibles</translation>
        </message>
        <message>
            <source>Unplace</source>
            <translation>Quitar del horario</translation>
        </message>
    </context>
    <context>
        <name>SessionType</name>
        <message>
            <source>lecture</source>
            <translation>teoría</translation>
        </message>
        <message>
            <source>practical</source>
            <translation>prácticas</translation>
        </message>
        <message>
            <source>tutorial</source>
            <translation>tutoría</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Change the preferred block lengths</source>
            <translation>Cambiar las longitudes de bloque preferidas</translation>
        </message>
        <message>
            <source>Change the preferred hours</source>
            <translation>Cambiar las horas preferidas</translation>
        </message>
        <message>
            <source>Change the time zone</source>
            <translation>Cambiar la zona horaria</translation>
        </message>
        <message>
            <source>Change the weight profile</source>
            <translation>Cambiar el perfil de pesos</translation>
        </message>
        <message>
            <source>General (every soft constraint has its usual weight)</source>
            <translation>General (cada restricción blanda tiene su peso habitual)</translation>
        </message>
        <message>
            <source>ITC-2007 (only the four competition penalties)</source>
            <translation>ITC-2007 (solo las cuatro penalizaciones de la competición)</translation>
        </message>
        <message>
            <source>Practical block lengths that are preferred, e.g. 2+3; empty: any</source>
            <translation>Longitudes preferidas de los bloques de prácticas, p. ej. 2+3; vacío: cualquiera</translation>
        </message>
        <message>
            <source>Preferred hours:</source>
            <translation>Horas preferidas:</translation>
        </message>
        <message>
            <source>Preferred practical blocks:</source>
            <translation>Bloques de prácticas preferidos:</translation>
        </message>
        <message>
            <source>Room capacity hard</source>
            <translation>Capacidad de aula dura</translation>
        </message>
        <message>
            <source>Room capacity is a hard constraint</source>
            <translation>La capacidad del aula es una restricción dura</translation>
        </message>
        <message>
            <source>Room capacity soft</source>
            <translation>Capacidad de aula blanda</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>Zona horaria del sistema ({zone})</translation>
        </message>
        <message>
            <source>Teaching after this period counts against Outside preferred hours</source>
            <translation>Impartir clase después de este periodo cuenta en «Fuera de las horas preferidas»</translation>
        </message>
        <message>
            <source>Teaching before this period counts against Outside preferred hours</source>
            <translation>Impartir clase antes de este periodo cuenta en «Fuera de las horas preferidas»</translation>
        </message>
        <message>
            <source>The institution's time zone: calendar events carry it (TZID) and each calendar file describes it (VTIMEZONE)</source>
            <translation>La zona horaria de la institución: los eventos del calendario la llevan (TZID) y cada archivo de calendario la describe (VTIMEZONE)</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Zona horaria:</translation>
        </message>
        <message>
            <source>Weight profile:</source>
            <translation>Perfil de pesos:</translation>
        </message>
        <message>
            <source>When checked, no session may go to a room with fewer seats than attendees; otherwise each missing seat costs the weight of Room capacity overflow.</source>
            <translation>Si está marcado, ninguna sesión puede ir a un aula con menos plazas que asistentes; si no, cada plaza que falta cuesta el peso de «Exceso de capacidad del aula».</translation>
        </message>
        <message>
            <source>Which default weights fill in the weights you have not set</source>
            <translation>Qué pesos por defecto completan los que usted no ha fijado</translation>
        </message>
        <message>
            <source>any length</source>
            <translation>cualquier longitud</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>«{zone}» no es una zona horaria conocida (p. ej., Europe/Madrid).</translation>
        </message>
    </context>
    <context>
        <name>SolveController</name>
        <message>
            <source>Keep the timetable on screen</source>
            <translation>Conservar el horario en pantalla</translation>
        </message>
        <message>
            <source>Solve ({run})</source>
            <translation>Resolver ({run})</translation>
        </message>
        <message>
            <source>Solve anyway?</source>
            <translation>¿Resolver de todos modos?</translation>
        </message>
        <message>
            <source>Solve anyway? The run keeps the rest of the timetable clear of clashes where it can; {rest}</source>
            <translation>¿Resolver de todos modos? La ejecución mantiene el resto del horario sin choques donde puede; {rest}</translation>
        </message>
        <message>
            <source>Some of the teaching cannot fit into the free time available:</source>
            <translation>Parte de la docencia no cabe en el tiempo libre disponible:</translation>
        </message>
        <message>
            <source>Store {run}</source>
            <translation>Guardar {run}</translation>
        </message>
        <message>
            <source>The data could not be checked; see the Diagnostics panel.</source>
            <translation>No se pudieron comprobar los datos; vea el panel Diagnóstico.</translation>
        </message>
        <message numerus="yes">
            <source>The data has %n error(s); fix them before solving (see the Diagnostics panel).</source>
            <translation>
                <numerusform>Los datos tienen %n error; corríjalo antes de resolver (vea el panel Diagnóstico).</numerusform>
                <numerusform>Los datos tienen %n errores; corríjalos antes de resolver (vea el panel Diagnóstico).</numerusform>
            </translation>
        </message>
        <message>
            <source>The timetable on screen was kept</source>
            <translation>Se conservó el horario en pantalla</translation>
        </message>
        <message>
            <source>Use {run}</source>
            <translation>Usar {run}</translation>
        </message>
        <message>
            <source>Use {run} anyway</source>
            <translation>Usar {run} de todos modos</translation>
        </message>
        <message>
            <source>the teaching that does not fit breaks hard constraints.</source>
            <translation>la docencia que no cabe incumple restricciones estrictas.</translation>
        </message>
        <message>
            <source>what cannot fit is left unplaced.</source>
            <translation>lo que no cabe queda sin colocar.</translation>
        </message>
        <message>
            <source>{run} belonged to the project that was closed; its result was dropped.</source>
            <translation>{run} pertenecía al proyecto que se cerró; su resultado se descartó.</translation>
        </message>
        <message>
            <source>{run} ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} terminó peor ({hard} estrictas, blandas {soft}) que el horario en pantalla ({screen_hard} estrictas, blandas {screen_soft}), así que se queda el mejor. {run} se guarda en Ejecuciones.</translation>
        </message>
        <message>
            <source>{run} was kept in Runs, but the data changed during the run, so its timetable was not applied.</source>
            <translation>{run} se guardó en Ejecuciones, pero los datos cambiaron durante la ejecución, así que su horario no se aplicó.</translation>
        </message>
        <message>
            <source>{run} was stopped early and ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} se detuvo antes de tiempo y terminó peor ({hard} estrictas, blandas {soft}) que el horario en pantalla ({screen_hard} estrictas, blandas {screen_soft}), así que se queda el mejor. {run} se guarda en Ejecuciones.</translation>
        </message>
        <message>
            <source>{run}: {hard} hard, {soft} soft</source>
            <translation>{run}: {hard} estrictas, {soft} blandas</translation>
        </message>
        <message>
            <source>…and {count} more (see the Diagnostics panel).</source>
            <translation>…y {count} más (vea el panel Diagnóstico).</translation>
        </message>
    </context>
    <context>
        <name>SolvePanel</name>
        <message>
            <source> s</source>
            <comment>seconds, after the time limit</comment>
            <translation> s</translation>
        </message>
        <message numerus="yes">
            <source>%n hard violations remain.</source>
            <translation>
                <numerusform>Queda %n infracción de restricciones duras.</numerusform>
                <numerusform>Quedan %n infracciones de restricciones duras.</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Equilibrado</translation>
        </message>
        <message>
            <source>Best hard</source>
            <translation>Mejor (duras)</translation>
        </message>
        <message>
            <source>Best soft</source>
            <translation>Mejor (blandas)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <source>Building a first timetable</source>
            <translation>Creando un primer horario</translation>
        </message>
        <message>
            <source>Checking the data</source>
            <translation>Comprobando los datos</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <source>Convergence</source>
            <translation>Convergencia</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Núcleos</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Transcurrido</translation>
        </message>
        <message>
            <source>Evaluations/s</source>
            <translation>Evaluaciones/s</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Finalizando</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Generación</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>Mejorando</translation>
        </message>
        <message>
            <source>Islands searched in parallel, one per processor core.</source>
            <translation>Islas exploradas en paralelo, una por núcleo del procesador.</translation>
        </message>
        <message>
            <source>Keep the sessions that are placed legally and every pinned session; place and improve the rest.</source>
            <translation>Conservar las sesiones bien ubicadas y todas las fijadas; ubicar y mejorar el resto.</translation>
        </message>
        <message>
            <source>Leave what cannot fit unplaced</source>
            <translation>Dejar sin ubicar lo que no cabe</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>New at each run</source>
            <translation>Nueva en cada ejecución</translation>
        </message>
        <message>
            <source>No hard violations.</source>
            <translation>Ninguna infracción de restricciones duras.</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalización</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Quick</source>
            <translation>Rápido</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Listo.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Solve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>Resolviendo…</translation>
        </message>
        <message>
            <source>Start from the current timetable (keep pins)</source>
            <translation>Partir del horario actual (conservar fijadas)</translation>
        </message>
        <message>
            <source>Starting the solver…</source>
            <translation>Iniciando el resolvedor…</translation>
        </message>
        <message>
            <source>Starting the solver… (from the current timetable)</source>
            <translation>Iniciando el resolvedor… (desde el horario actual)</translation>
        </message>
        <message>
            <source>Stop the run and keep the best timetable so far (Shift+F5, Esc)</source>
            <translation>Detener la ejecución y conservar el mejor horario obtenido (Mayús+F5, Esc)</translation>
        </message>
        <message>
            <source>Stopped; the best timetable so far was kept.</source>
            <translation>Detenido; se ha conservado el mejor horario obtenido.</translation>
        </message>
        <message>
            <source>The run stops after this many seconds and keeps the best timetable.</source>
            <translation>La ejecución se detiene tras estos segundos y conserva el mejor horario.</translation>
        </message>
        <message>
            <source>The same seed and settings give the same timetable.</source>
            <translation>La misma semilla y los mismos ajustes dan el mismo horario.</translation>
        </message>
        <message>
            <source>The timetable on screen ({run}): {hard} hard, soft penalty {soft}.</source>
            <translation>El horario en pantalla ({run}): {hard} duras, penalización blanda {soft}.</translation>
        </message>
        <message>
            <source>The timetable on screen: {hard} hard, soft penalty {soft}.</source>
            <translation>El horario en pantalla: {hard} duras, penalización blanda {soft}.</translation>
        </message>
        <message>
            <source>Thorough</source>
            <translation>Exhaustivo</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Tiempo máximo</translation>
        </message>
        <message>
            <source>When some teaching cannot fit (a shortfall) and you solve anyway, leave the sessions that do not fit in the Unplaced tray instead of placing them with clashes.</source>
            <translation>Si parte de la docencia no cabe (un déficit) y resuelve de todos modos, las sesiones que no caben quedan en la bandeja Sin ubicar en lugar de colocarse con conflictos.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>dura</translation>
        </message>
        <message>
            <source>hard violations</source>
            <translation>infracciones duras</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>blanda</translation>
        </message>
        <message>
            <source>soft penalty</source>
            <translation>penalización blanda</translation>
        </message>
        <message>
            <source>{caption}:</source>
            <translation>{caption}:</translation>
        </message>
        <message>
            <source>{run} finished: {outcome} Soft penalty {soft}.</source>
            <translation>{run} terminada: {outcome} Penalización blanda {soft}.</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>+ New row: click here, then paste rows (Ctrl+V) — or double-click to add one</source>
            <translation>+ Nueva fila: haga clic aquí y pegue filas (Ctrl+V), o haga doble clic para añadir una</translation>
        </message>
        <message>
            <source>Add a row to {table}</source>
            <translation>Añadir una fila a {table}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows.</source>
            <translation>
                <numerusform>%n fila copiada.</numerusform>
                <numerusform>%n filas copiadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete anyway?</source>
            <translation>¿Eliminar de todos modos?</translation>
        </message>
        <message>
            <source>Delete rows</source>
            <translation>Eliminar filas</translation>
        </message>
        <message>
            <source>Delete {ids} from {table}</source>
            <translation>Eliminar {ids} de {table}</translation>
        </message>
        <message>
            <source>Deleting {ids} from {table} also changes:</source>
            <translation>Eliminar {ids} de {table} también cambia:</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n rows of {table}</source>
            <translation>
                <numerusform>Duplicar %n fila de {table}</numerusform>
                <numerusform>Duplicar %n filas de {table}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit {row}: {column}</source>
            <translation>Editar {row}: {column}</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <source>First choose a row of {table}.</source>
            <translation>Primero elija una fila de {table}.</translation>
        </message>
        <message>
            <source>New course {id}</source>
            <translation>Nueva asignatura {id}</translation>
        </message>
        <message>
            <source>New group {id}</source>
            <translation>Nuevo grupo {id}</translation>
        </message>
        <message>
            <source>New instructor {id}</source>
            <translation>Nuevo docente {id}</translation>
        </message>
        <message>
            <source>No row can be added to {table} here.</source>
            <translation>Aquí no se pueden añadir filas a {table}.</translation>
        </message>
        <message>
            <source>No row of {table} can be deleted here.</source>
            <translation>Aquí no se pueden eliminar filas de {table}.</translation>
        </message>
        <message>
            <source>No row of {table} can be duplicated here.</source>
            <translation>Aquí no se pueden duplicar filas de {table}.</translation>
        </message>
        <message>
            <source>Nothing pasted.</source>
            <translation>No se ha pegado nada.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells into {table}</source>
            <translation>
                <numerusform>Pegar %n celda en {table}</numerusform>
                <numerusform>Pegar %n celdas en {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n rows.</source>
            <translation>
                <numerusform>%n fila pegada.</numerusform>
                <numerusform>%n filas pegadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Room {id}</source>
            <translation>Aula {id}</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: the table has only {count} columns.</source>
            <translation>Fila {row}, columna {column}: la tabla solo tiene {count} columnas.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: this column cannot be edited.</source>
            <translation>Fila {row}, columna {column}: esta columna no se puede editar.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: {problem}</source>
            <translation>Fila {row}, columna {column}: {problem}</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Fila {row}: {problem}</translation>
        </message>
        <message>
            <source>Rows pasted here are added at the end of the table.</source>
            <translation>Las filas pegadas aquí se añaden al final de la tabla.</translation>
        </message>
        <message>
            <source>Select the rows to delete.</source>
            <translation>Seleccione las filas que quiere eliminar.</translation>
        </message>
        <message>
            <source>Select the rows to duplicate.</source>
            <translation>Seleccione las filas que quiere duplicar.</translation>
        </message>
        <message>
            <source>The clipboard holds no text to paste.</source>
            <translation>El portapapeles no contiene texto para pegar.</translation>
        </message>
        <message>
            <source>The course already has a lecture, a tutorial and a practical.</source>
            <translation>La asignatura ya tiene teoría, tutoría y prácticas.</translation>
        </message>
        <message>
            <source>The course has no {type} to cut into blocks.</source>
            <translation>La asignatura no tiene {type} que repartir en bloques.</translation>
        </message>
        <message>
            <source>The day {day} is already in the week.</source>
            <translation>El día {day} ya está en la semana.</translation>
        </message>
        <message>
            <source>The end {end} must come after the start {start}.</source>
            <translation>El fin {end} debe ir después del inicio {start}.</translation>
        </message>
        <message>
            <source>The period name {name} is already used.</source>
            <translation>El nombre de periodo {name} ya está en uso.</translation>
        </message>
        <message>
            <source>The start {start} must come before the end {end}.</source>
            <translation>El inicio {start} debe ir antes del fin {end}.</translation>
        </message>
        <message>
            <source>The type must be lecture, tutorial or practical, not {value}.</source>
            <translation>El tipo debe ser lecture, tutorial o practical, no {value}.</translation>
        </message>
        <message>
            <source>The value was not changed.</source>
            <translation>El valor no se ha cambiado.</translation>
        </message>
        <message>
            <source>This value</source>
            <translation>Este valor</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Escriba para filtrar…</translation>
        </message>
        <message>
            <source>Unknown course {item}.</source>
            <translation>Asignatura desconocida {item}.</translation>
        </message>
        <message>
            <source>Unknown instructor {item}.</source>
            <translation>Docente desconocido {item}.</translation>
        </message>
        <message>
            <source>{column} cannot be edited.</source>
            <translation>{column} no se puede editar.</translation>
        </message>
        <message>
            <source>{item}: start with L, T or P (lecture, tutorial, practical).</source>
            <translation>{item}: empiece por L, T o P (lecture, tutorial, practical).</translation>
        </message>
        <message>
            <source>{item}: the session type must be lecture, tutorial or practical.</source>
            <translation>{item}: el tipo de sesión debe ser lecture, tutorial o practical.</translation>
        </message>
        <message>
            <source>{item}: write blocks like 'L 2+2, P 3'.</source>
            <translation>{item}: escriba los bloques así: 'L 2+2, P 3'.</translation>
        </message>
        <message>
            <source>{pattern} adds up to {sum} periods, but the {type} has {n} a week.</source>
            <translation>{pattern} suma {sum} periodos, pero {type} tiene {n} a la semana.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <source>{value} is too large: the highest allowed is {high}.</source>
            <translation>{value} es demasiado grande: el máximo permitido es {high}.</translation>
        </message>
        <message>
            <source>{value} is too small: the lowest allowed is {low}.</source>
            <translation>{value} es demasiado pequeño: el mínimo permitido es {low}.</translation>
        </message>
        <message>
            <source>{value}: a fixed cut is one pattern, e.g. 'fixed 3+3'.</source>
            <translation>{value}: un reparto fijo es un solo patrón, p. ej. 'fixed 3+3'.</translation>
        </message>
        <message>
            <source>{value}: write patterns like '3+3; 2+2+2', 'fixed 3+3' or 'any'.</source>
            <translation>{value}: escriba patrones como '3+3; 2+2+2', 'fixed 3+3' o 'any'.</translation>
        </message>
        <message>
            <source>{value}: write the block range like 'any 2-4' (shortest 1 or more, at most the longest).</source>
            <translation>{value}: escriba el intervalo de bloques así: 'any 2-4' (el más corto de 1 o más, como mucho el más largo).</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message numerus="yes">
            <source>%n rows into {table}: {new} new, {updated} updated.</source>
            <translation>
                <numerusform>%n fila en {table}: {new} nueva(s), {updated} actualizada(s).</numerusform>
                <numerusform>%n filas en {table}: {new} nuevas, {updated} actualizadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no se importa)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; (first {rows} rows)</source>
            <translation>&lt;b&gt;Vista previa&lt;/b&gt; (primeras {rows} filas)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Could not read the sheet</source>
            <translation>No se ha podido leer la hoja</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primer valor</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import a table from {file}</source>
            <translation>Importar una tabla de {file}</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Importar en:</translation>
        </message>
        <message>
            <source>Imports as</source>
            <translation>Se importa como</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Hoja:</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>Algunas filas no se pueden importar</translation>
        </message>
        <message>
            <source>{column} (ignored)</source>
            <translation>{column} (se ignora)</translation>
        </message>
    </context>
    <context>
        <name>TimetableCommand</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>(week {name})</source>
            <translation>(semana {name})</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>Move {session} to {when}</source>
            <translation>Mover {session} a {when}</translation>
        </message>
        <message>
            <source>Pin room of {sessions}</source>
            <translation>Fijar el aula de {sessions}</translation>
        </message>
        <message>
            <source>Pin time and room of {sessions}</source>
            <translation>Fijar la hora y el aula de {sessions}</translation>
        </message>
        <message>
            <source>Pin time of {sessions}</source>
            <translation>Fijar la hora de {sessions}</translation>
        </message>
        <message numerus="yes">
            <source>Place {session} and move %n other sessions</source>
            <translation>
                <numerusform>Ubicar {session} y mover %n sesión más</numerusform>
                <numerusform>Ubicar {session} y mover %n sesiones más</numerusform>
            </translation>
        </message>
        <message>
            <source>Place {session} and move 1 other session</source>
            <translation>Ubicar {session} y mover 1 sesión más</translation>
        </message>
        <message>
            <source>Swap {first} and {second}</source>
            <translation>Intercambiar {first} y {second}</translation>
        </message>
        <message>
            <source>Unpin room of {sessions}</source>
            <translation>Liberar el aula de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time and room of {sessions}</source>
            <translation>Liberar la hora y el aula de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time of {sessions}</source>
            <translation>Liberar la hora de {sessions}</translation>
        </message>
        <message>
            <source>Unplace {session}</source>
            <translation>Quitar {session} del horario</translation>
        </message>
    </context>
    <context>
        <name>TimetableGrid</name>
        <message>
            <source>{room} is not a legal room for this session then.</source>
            <translation>{room} no es un aula permitida para esta sesión en ese momento.</translation>
        </message>
    </context>
    <context>
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n ya no encaja con los datos</numerusform>
                <numerusform> — %n ya no encajan con los datos</numerusform>
            </translation>
        </message>
        <message>
            <source>(no instructor)</source>
            <translation>(sin docente)</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(sin aula)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>Todos los grupos o todas las aulas de la semana completa</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>Todas las aulas</translation>
        </message>
        <message>
            <source>Attendees: {groups}</source>
            <translation>Asistentes: {groups}</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambas</translation>
        </message>
        <message numerus="yes">
            <source>Careful: this adds %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Atención: esto añade %n infracción dura (blandas {soft}).</numerusform>
                <numerusform>Atención: esto añade %n infracciones duras (blandas {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a group, an instructor or a room.</source>
            <translation>Elija un grupo, un docente o un aula.</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft}</source>
            <translation>Duras {hard} · blandas {soft}</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft} (solver in progress)</source>
            <translation>Duras {hard} · blandas {soft} (resolviendo)</translation>
        </message>
        <message>
            <source>Instructor: {instructor}</source>
            <translation>Docente: {instructor}</translation>
        </message>
        <message>
            <source>No hard violation is added; the soft score changes by {soft}.</source>
            <translation>No se añade ninguna infracción dura; la puntuación blanda cambia en {soft}.</translation>
        </message>
        <message>
            <source>No placement fits the edited data: see the unplaced sessions.</source>
            <translation>Ninguna ubicación encaja con los datos editados: vea las sesiones sin ubicar.</translation>
        </message>
        <message>
            <source>No timetable yet: solve the data first.</source>
            <translation>Aún no hay horario: primero resuelva los datos.</translation>
        </message>
        <message>
            <source>Not moved. {reason}</source>
            <translation>No se ha movido. {reason}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vista general</translation>
        </message>
        <message>
            <source>Pinned: room (the solver keeps it; right-click to unpin)</source>
            <translation>Fijada: aula (el resolvedor la conserva; clic derecho para liberarla)</translation>
        </message>
        <message>
            <source>Pinned: time (the solver keeps it; right-click to unpin)</source>
            <translation>Fijada: hora (el resolvedor la conserva; clic derecho para liberarla)</translation>
        </message>
        <message>
            <source>Pinned: time and room (the solver keeps them; right-click to unpin)</source>
            <translation>Fijada: hora y aula (el resolvedor las conserva; clic derecho para liberarlas)</translation>
        </message>
        <message>
            <source>Press a card to see where it may go (green: allowed, with the change of the soft score; red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; right-click a card to pin, unplace or find a place.</source>
            <translation>Pulse una tarjeta para ver dónde puede ir (verde: permitido, con el cambio de la puntuación blanda; rojo: no permitido). Suéltela para moverla, Mayús+soltar para elegir el aula, sobre otra tarjeta para intercambiarlas; clic derecho en una tarjeta para fijarla, quitarla o buscarle un hueco.</translation>
        </message>
        <message>
            <source>Re-optimise unpinned</source>
            <translation>Reoptimizar las no fijadas</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Aula: {room}</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>Ejecutar el resolvedor desde este horario; las sesiones fijadas no se mueven</translation>
        </message>
        <message>
            <source>Show both weeks: week {a} in the left half of a cell, week {b} in the right half; a session taught every week fills the cell</source>
            <translation>Mostrar las dos semanas: la semana {a} en la mitad izquierda de la celda y la semana {b} en la derecha; una sesión que se imparte cada semana ocupa la celda entera</translation>
        </message>
        <message>
            <source>Show week {name}: its sessions and those taught every week</source>
            <translation>Mostrar la semana {name}: sus sesiones y las que se imparten cada semana</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Swap sessions</source>
            <translation>Intercambiar sesiones</translation>
        </message>
        <message>
            <source>Swap the times of {first} and {second}? Each keeps its room, and both times get pinned.</source>
            <translation>¿Intercambiar las horas de {first} y {second}? Cada una conserva su aula y ambas horas quedan fijadas.</translation>
        </message>
        <message>
            <source>Taught every other week: week {name} only</source>
            <translation>Se imparte cada dos semanas: solo la semana {name}</translation>
        </message>
        <message numerus="yes">
            <source>This removes %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Esto elimina %n infracción dura (blandas {soft}).</numerusform>
                <numerusform>Esto elimina %n infracciones duras (blandas {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>Sin ubicar ({count})</translation>
        </message>
        <message>
            <source>Week {name}</source>
            <translation>Semana {name}</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>no permitido</translation>
        </message>
        <message>
            <source>soft {change}</source>
            <translation>blandas {change}</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>semana {name}</translation>
        </message>
    </context>
    <context>
        <name>UnplacedTray</name>
        <message>
            <source>Drag it onto the grid to place it, or double-click to find a place.</source>
            <translation>Arrástrela a la cuadrícula para ubicarla, o haga doble clic para buscarle un hueco.</translation>
        </message>
        <message>
            <source>Its place no longer fits the edited data.</source>
            <translation>Su lugar ya no encaja con los datos editados.</translation>
        </message>
        <message>
            <source>Not placed.</source>
            <translation>Sin ubicar.</translation>
        </message>
        <message>
            <source>Sessions without a place. Drag one onto the grid, or right-click: Find a place.</source>
            <translation>Sesiones sin lugar. Arrastre una a la cuadrícula, o clic derecho: Buscar un hueco.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPanel</name>
        <message numerus="yes">
            <source>%n violations — hard {hard}, soft {soft}</source>
            <translation>
                <numerusform>%n infracción — duras {hard}, blandas {soft}</numerusform>
                <numerusform>%n infracciones — duras {hard}, blandas {soft}</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <source>Constraint:</source>
            <translation>Restricción:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalización</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Resource:</source>
            <translation>Recurso:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>dura</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>blanda</translation>
        </message>
    </context>
    <context>
        <name>WeekCycleEditor</name>
        <message>
            <source>A two-week cycle needs a name for each week.</source>
            <translation>Un ciclo de dos semanas necesita un nombre para cada semana.</translation>
        </message>
        <message>
            <source>Rename the weeks</source>
            <translation>Cambiar el nombre de las semanas</translation>
        </message>
        <message>
            <source>Teach some components every other week: a session is taught every week, or in the first or the second week of the cycle only</source>
            <translation>Impartir algunos componentes cada dos semanas: una sesión se imparte cada semana, o solo en la primera o en la segunda semana del ciclo</translation>
        </message>
        <message>
            <source>The name of week {n} of the cycle</source>
            <translation>El nombre de la semana {n} del ciclo</translation>
        </message>
        <message>
            <source>The two weeks need different names.</source>
            <translation>Las dos semanas necesitan nombres distintos.</translation>
        </message>
        <message>
            <source>Two-week cycle (A/B)</source>
            <translation>Ciclo de dos semanas (A/B)</translation>
        </message>
        <message>
            <source>Two-week cycle off</source>
            <translation>Ciclo de dos semanas desactivado</translation>
        </message>
        <message>
            <source>Two-week cycle on</source>
            <translation>Ciclo de dos semanas activado</translation>
        </message>
        <message>
            <source>Weeks:</source>
            <translation>Semanas:</translation>
        </message>
    </context>
</TS>
