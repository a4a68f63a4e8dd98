<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>&amp;Añadir fila</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;Eliminar filas</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>Añadir una fila a la tabla</translation>
        </message>
        <message>
            <source>D&amp;uplicate Rows</source>
            <translation>D&amp;uplicar filas</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>Eliminar las filas seleccionadas</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>Duplicar las filas seleccionadas con identificadores nuevos</translation>
        </message>
    </context>
    <context>
        <name>DataExporter</name>
        <message>
            <source>&amp;Export data</source>
            <translation>E&amp;xportar datos</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>Libro de Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>Datos exportados a {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento de Schedule Engine (.json)…</translation>
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
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento de Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>Tabla desde CSV o XLSX…</translation>
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
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Apply changes: {changes}.</source>
            <translation>Aplicar cambios: {changes}.</translation>
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
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>Aplicar el cambio de la solución seleccionada (se deshace en un paso) y volver a comprobar</translation>
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
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>Seleccione una solución bajo un déficit para aplicarla.</translation>
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
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>Los eventos del calendario llevan la zona horaria de la institución; cámbiela en los ajustes de la institución.</translation>
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
            <source>Save the changes to {name} before closing it?</source>
            <translation>¿Guardar los cambios de {name} antes de cerrarlo?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
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
            <translation>&amp;Cerrar</translation>
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
            <translation>&amp;Imprimir…</translation>
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
        <name>RecoveryDialog</name>
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
        <name>SettingsForm</name>
        <message>
            <source>Change the time zone</source>
            <translation>Cambiar la zona horaria</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>Zona horaria del sistema ({zone})</translation>
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
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>«{zone}» no es una zona horaria conocida (p. ej., Europe/Madrid).</translation>
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
            <source>hard violations</source>
            <translation>infracciones duras</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
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
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n ya no encaja con los datos</numerusform>
                <numerusform> — %n ya no encajan con los datos</numerusform>
            </translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>Todos los grupos o todas las aulas de la semana completa</translation>
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
            <source>Press a card to see where it may go (green: allowed, with the change of the soft score; red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; right-click a card to pin, unplace or find a place.</source>
            <translation>Pulse una tarjeta para ver dónde puede ir (verde: permitido, con el cambio de la puntuación blanda; rojo: no permitido). Suéltela para moverla, Mayús+soltar para elegir el aula, sobre otra tarjeta para intercambiarlas; clic derecho en una tarjeta para fijarla, quitarla o buscarle un hueco.</translation>
        </message>
        <message>
            <source>Re-optimise unpinned</source>
            <translation>Reoptimizar las no fijadas</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>Ejecutar el resolvedor desde este horario; las sesiones fijadas no se mueven</translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>Sin ubicar ({count})</translation>
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
    </context>
</TS>
