<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>إ&amp;ضافة صف</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;حذف الصفوف</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>أضف صفًا إلى الجدول</translation>
        </message>
        <message>
            <source>D&amp;uplicate Rows</source>
            <translation>ت&amp;كرار الصفوف</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>احذف الصفوف المحددة</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>كرّر الصفوف المحددة بمعرّفات جديدة</translation>
        </message>
    </context>
    <context>
        <name>DataExporter</name>
        <message>
            <source>&amp;Export data</source>
            <translation>ت&amp;صدير البيانات</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>مصنف Excel ‏(.xlsx)…</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>صُدّرت البيانات إلى {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>مستند Schedule Engine ‏(.json)…</translation>
        </message>
    </context>
    <context>
        <name>DataImporter</name>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>Campus data folder…</source>
            <translation>مجلد بيانات الحرم الجامعي…</translation>
        </message>
        <message>
            <source>ITC-2007 instance (.ctt)…</source>
            <translation>مسألة ITC-2007 ‏(.ctt)…</translation>
        </message>
        <message>
            <source>Import ITC-2007 instance</source>
            <translation>استيراد مسألة ITC-2007</translation>
        </message>
        <message>
            <source>Import Schedule Engine document</source>
            <translation>استيراد مستند Schedule Engine</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>مستند Schedule Engine ‏(.json)…</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>جدول من CSV أو XLSX…</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPanel</name>
        <message>
            <source> — looking for remedies…</source>
            <translation> — جارٍ البحث عن حلول مقترحة…</translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>لا أخطاء</numerusform>
                <numerusform>خطأ واحد</numerusform>
                <numerusform>خطآن</numerusform>
                <numerusform>%n أخطاء</numerusform>
                <numerusform>%n خطأً</numerusform>
                <numerusform>%n خطأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>لا تنبيهات</numerusform>
                <numerusform>تنبيه واحد</numerusform>
                <numerusform>تنبيهان</numerusform>
                <numerusform>%n تنبيهات</numerusform>
                <numerusform>%n تنبيهًا</numerusform>
                <numerusform>%n تنبيه</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>; %n checked remedies under the shortfalls</source>
            <translation>
                <numerusform>؛ لا حلول مقترحة مفحوصة تحت أوجه العجز</numerusform>
                <numerusform>؛ حل مقترح واحد مفحوص تحت أوجه العجز</numerusform>
                <numerusform>؛ حلان مقترحان مفحوصان تحت أوجه العجز</numerusform>
                <numerusform>؛ %n حلول مقترحة مفحوصة تحت أوجه العجز</numerusform>
                <numerusform>؛ %n حلًا مقترحًا مفحوصًا تحت أوجه العجز</numerusform>
                <numerusform>؛ %n حل مقترح مفحوص تحت أوجه العجز</numerusform>
            </translation>
        </message>
        <message>
            <source>; could not look for remedies: {error}</source>
            <translation>؛ تعذّر البحث عن حلول مقترحة: {error}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <source>Apply changes: {changes}.</source>
            <translation>يغيّر التطبيق: {changes}.</translation>
        </message>
        <message>
            <source>Checking the changed data…</source>
            <translation>جارٍ فحص البيانات المعدّلة…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ الفحص…</translation>
        </message>
        <message>
            <source>Could not check the data: {error}</source>
            <translation>تعذّر فحص البيانات: {error}</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>التشخيص</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>معلومة</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>نفّذ تغيير الحل المقترح المحدد (يُتراجع عنه بخطوة واحدة) ثم أعد الفحص</translation>
        </message>
        <message>
            <source>No problems found in the data.</source>
            <translation>لم يُعثر على مشكلات في البيانات.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>لم يُعثر على مشكلات.</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>لم يُفحص بعد</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>حدّد حلًا مقترحًا تحت أحد أوجه العجز لتطبيقه.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تنبيه</translation>
        </message>
    </context>
    <context>
        <name>DragInspector</name>
        <message>
            <source>Soft changes: {changes}</source>
            <translation>تغييرات القيود المرنة: {changes}</translation>
        </message>
        <message>
            <source>That is not a start time of the week.</source>
            <translation>هذا ليس وقت بدء في الأسبوع.</translation>
        </message>
        <message>
            <source>That session is not in the data any more.</source>
            <translation>لم تعد هذه الحصة موجودة في البيانات.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} في {room}</translation>
        </message>
        <message>
            <source>{when}: legal, soft {change}</source>
            <translation>{when}: مسموح، القيود المرنة {change}</translation>
        </message>
        <message>
            <source>{when}: not allowed</source>
            <translation>{when}: غير مسموح</translation>
        </message>
    </context>
    <context>
        <name>EntitySelector</name>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>المدرّسون</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>القاعات</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>بحث…</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>%n warnings: the data was read, but check these points.</source>
            <translation>
                <numerusform>لا تنبيهات: قُرئت البيانات.</numerusform>
                <numerusform>تنبيه واحد: قُرئت البيانات، لكن راجع هذه النقطة.</numerusform>
                <numerusform>تنبيهان: قُرئت البيانات، لكن راجع هاتين النقطتين.</numerusform>
                <numerusform>%n تنبيهات: قُرئت البيانات، لكن راجع هذه النقاط.</numerusform>
                <numerusform>%n تنبيهًا: قُرئت البيانات، لكن راجع هذه النقاط.</numerusform>
                <numerusform>%n تنبيه: قُرئت البيانات، لكن راجع هذه النقاط.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>التفاصيل…</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Permission denied: {file}</source>
            <translation>الإذن مرفوض: {file}</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Something went wrong that the application did not expect. ({error})</source>
            <translation>حدث خطأ لم يتوقعه التطبيق. ({error})</translation>
        </message>
        <message numerus="yes">
            <source>The data could not be used: %n problems found.</source>
            <translation>
                <numerusform>تعذّر استخدام البيانات.</numerusform>
                <numerusform>تعذّر استخدام البيانات: وُجدت مشكلة واحدة.</numerusform>
                <numerusform>تعذّر استخدام البيانات: وُجدت مشكلتان.</numerusform>
                <numerusform>تعذّر استخدام البيانات: وُجدت %n مشكلات.</numerusform>
                <numerusform>تعذّر استخدام البيانات: وُجدت %n مشكلةً.</numerusform>
                <numerusform>تعذّر استخدام البيانات: وُجدت %n مشكلة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file was not found: {file}</source>
            <translation>لم يُعثر على الملف: {file}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>تحمل أحداث التقويم المنطقة الزمنية للمؤسسة؛ غيّرها في إعدادات المؤسسة.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;جديد</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>مسح القائمة</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>لا مشاريع حديثة</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح مشروع &amp;حديث</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>فتح مشروع</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>هل تريد حفظ التغييرات على {name} قبل إغلاقه؟</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>The new language takes effect the next time Schedule Engine starts.</source>
            <translation>تُطبَّق اللغة الجديدة عند تشغيل Schedule Engine في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>لا مقررات</numerusform>
                <numerusform>مقرر واحد</numerusform>
                <numerusform>مقرران</numerusform>
                <numerusform>%n مقررات</numerusform>
                <numerusform>%n مقررًا</numerusform>
                <numerusform>%n مقرر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data errors</source>
            <translation>
                <numerusform>لا أخطاء في البيانات</numerusform>
                <numerusform>خطأ واحد في البيانات</numerusform>
                <numerusform>خطآن في البيانات</numerusform>
                <numerusform>%n أخطاء في البيانات</numerusform>
                <numerusform>%n خطأً في البيانات</numerusform>
                <numerusform>%n خطأ في البيانات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups, </source>
            <translation>
                <numerusform>لا مجموعات، </numerusform>
                <numerusform>مجموعة واحدة، </numerusform>
                <numerusform>مجموعتان، </numerusform>
                <numerusform>%n مجموعات، </numerusform>
                <numerusform>%n مجموعةً، </numerusform>
                <numerusform>%n مجموعة، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions, </source>
            <translation>
                <numerusform>لا حصص، </numerusform>
                <numerusform>حصة واحدة، </numerusform>
                <numerusform>حصتان، </numerusform>
                <numerusform>%n حصص، </numerusform>
                <numerusform>%n حصةً، </numerusform>
                <numerusform>%n حصة، </numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About Schedule Engine</source>
            <translation>&amp;حول Schedule Engine</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Solve</source>
            <translation>إ&amp;نشاء الجدول</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>حول {name}</translation>
        </message>
        <message>
            <source>Build a timetable for the current data (F5)</source>
            <translation>أنشئ جدولًا للبيانات الحالية (F5)</translation>
        </message>
        <message>
            <source>Builds weekly course timetables for schools and universities, entirely on this computer.</source>
            <translation>يُنشئ الجداول الدراسية الأسبوعية للمدارس والجامعات، كليًا على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ الفحص…</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>البيانات</translation>
        </message>
        <message>
            <source>Data OK</source>
            <translation>البيانات سليمة</translation>
        </message>
        <message numerus="yes">
            <source>Data OK (%n warnings)</source>
            <translation>
                <numerusform>البيانات سليمة</numerusform>
                <numerusform>البيانات سليمة (تنبيه واحد)</numerusform>
                <numerusform>البيانات سليمة (تنبيهان)</numerusform>
                <numerusform>البيانات سليمة (%n تنبيهات)</numerusform>
                <numerusform>البيانات سليمة (%n تنبيهًا)</numerusform>
                <numerusform>البيانات سليمة (%n تنبيه)</numerusform>
            </translation>
        </message>
        <message>
            <source>Data not checked</source>
            <translation>البيانات غير مفحوصة</translation>
        </message>
        <message>
            <source>E&amp;xport Timetable…</source>
            <translation>&amp;تصدير الجدول…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>PDF booklet, spreadsheet, CSV, web pages or calendars (Ctrl+E)</source>
            <translation>كتيّب PDF أو جدول بيانات أو CSV أو صفحات ويب أو تقويمات (Ctrl+E)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>حُفظ {name}</translation>
        </message>
        <message>
            <source>Text Under Toolbar Icons</source>
            <translation>نص تحت أيقونات شريط الأدوات</translation>
        </message>
        <message>
            <source>The data editors are not available in this build.</source>
            <translation>محررات البيانات غير متاحة في هذا الإصدار.</translation>
        </message>
        <message>
            <source>The timetable appears here once the data has been solved.</source>
            <translation>يظهر الجدول هنا بعد إنشائه من البيانات.</translation>
        </message>
        <message>
            <source>The user guide is not part of this installation.</source>
            <translation>دليل المستخدم ليس جزءًا من هذا التثبيت.</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>الجدول</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>دليل المستخدم</translation>
        </message>
        <message>
            <source>{name} (not saved yet)</source>
            <translation>{name} (لم يُحفظ بعد)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Discard the recovery copy</source>
            <translation>تجاهل نسخة الاسترداد</translation>
        </message>
        <message>
            <source>Open without restoring</source>
            <translation>فتح دون استعادة</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Restore unsaved changes?</source>
            <translation>هل تريد استعادة التغييرات غير المحفوظة؟</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to an unsaved project from {time}?</source>
            <translation>أُغلق {app} على نحو غير متوقع. هل تريد استعادة تغييرات مشروع غير محفوظ من {time}؟</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to {name} from {time}?</source>
            <translation>أُغلق {app} على نحو غير متوقع. هل تريد استعادة التغييرات غير المحفوظة على {name} من {time}؟</translation>
        </message>
        <message>
            <source>“Open without restoring” keeps the recovery copy for the next start.</source>
            <translation>«فتح دون استعادة» يُبقي نسخة الاسترداد للتشغيل القادم.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message numerus="yes">
            <source>Loads of the current timetable (%n sessions placed).</source>
            <translation>
                <numerusform>أعباء الجدول الحالي (لا حصص موزعة).</numerusform>
                <numerusform>أعباء الجدول الحالي (حصة واحدة موزعة).</numerusform>
                <numerusform>أعباء الجدول الحالي (حصتان موزعتان).</numerusform>
                <numerusform>أعباء الجدول الحالي (%n حصص موزعة).</numerusform>
                <numerusform>أعباء الجدول الحالي (%n حصةً موزعة).</numerusform>
                <numerusform>أعباء الجدول الحالي (%n حصة موزعة).</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions placed yet: every load is zero.</source>
            <translation>لا حصص موزعة بعد: كل الأعباء صفر.</translation>
        </message>
        <message>
            <source>No timetable yet.</source>
            <translation>لا يوجد جدول بعد.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Compare…</source>
            <translation>مقارنة…</translation>
        </message>
        <message>
            <source>Copy the run and start the next run from its timetable.</source>
            <translation>انسخ التشغيل وابدأ التشغيل التالي من جدوله.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>تكرار</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Feasible</source>
            <translation>صالح</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>صارمة</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>غير صالح</translation>
        </message>
        <message>
            <source>Make the selected run's timetable the working timetable.</source>
            <translation>اجعل جدول التشغيل المحدد هو جدول العمل.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>عمليات التشغيل</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <source>Select two runs to compare their scores and timetables.</source>
            <translation>حدّد تشغيلين لمقارنة نتائجهما وجدوليهما.</translation>
        </message>
        <message>
            <source>Soft</source>
            <translation>مرنة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>أُوقف</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>Use this timetable</source>
            <translation>استخدام هذا الجدول</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Change the time zone</source>
            <translation>تغيير المنطقة الزمنية</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>المنطقة الزمنية للنظام ({zone})</translation>
        </message>
        <message>
            <source>The institution's time zone: calendar events carry it (TZID) and each calendar file describes it (VTIMEZONE)</source>
            <translation>المنطقة الزمنية للمؤسسة: تحملها أحداث التقويم (TZID) ويصفها كل ملف تقويم (VTIMEZONE)</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>المنطقة الزمنية:</translation>
        </message>
        <message>
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>«{zone}» ليست منطقة زمنية معروفة (مثل Europe/Madrid).</translation>
        </message>
    </context>
    <context>
        <name>SolvePanel</name>
        <message>
            <source> s</source>
            <comment>seconds, after the time limit</comment>
            <translation> ث</translation>
        </message>
        <message numerus="yes">
            <source>%n hard violations remain.</source>
            <translation>
                <numerusform>لا تبقى مخالفات للقيود الصارمة.</numerusform>
                <numerusform>تبقى مخالفة واحدة للقيود الصارمة.</numerusform>
                <numerusform>تبقى مخالفتان للقيود الصارمة.</numerusform>
                <numerusform>تبقى %n مخالفات للقيود الصارمة.</numerusform>
                <numerusform>تبقى %n مخالفةً للقيود الصارمة.</numerusform>
                <numerusform>تبقى %n مخالفة للقيود الصارمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>متوازن</translation>
        </message>
        <message>
            <source>Best hard</source>
            <translation>أفضل (صارمة)</translation>
        </message>
        <message>
            <source>Best soft</source>
            <translation>أفضل (مرنة)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>التفصيل</translation>
        </message>
        <message>
            <source>Building a first timetable</source>
            <translation>إنشاء جدول أولي</translation>
        </message>
        <message>
            <source>Checking the data</source>
            <translation>فحص البيانات</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <source>Convergence</source>
            <translation>التقارب</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>الأنوية</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انتهى</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>الجهد</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>المنقضي</translation>
        </message>
        <message>
            <source>Evaluations/s</source>
            <translation>تقييمات/ث</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>الإنهاء</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>الجيل</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>التحسين</translation>
        </message>
        <message>
            <source>Islands searched in parallel, one per processor core.</source>
            <translation>جزر يُبحث فيها بالتوازي، واحدة لكل نواة معالج.</translation>
        </message>
        <message>
            <source>Keep the sessions that are placed legally and every pinned session; place and improve the rest.</source>
            <translation>أبقِ الحصص الموضوعة في أماكن مسموحة وكل حصة مثبّتة؛ وضع الباقي وحسّنه.</translation>
        </message>
        <message>
            <source>Leave what cannot fit unplaced</source>
            <translation>اترك ما لا يتسع دون توزيع</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>New at each run</source>
            <translation>جديدة في كل تشغيل</translation>
        </message>
        <message>
            <source>No hard violations.</source>
            <translation>لا مخالفات للقيود الصارمة.</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>العقوبة</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Quick</source>
            <translation>سريع</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>جاهز.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>التشغيل</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <source>Solve</source>
            <translation>إنشاء الجدول</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>جارٍ إنشاء الجدول…</translation>
        </message>
        <message>
            <source>Start from the current timetable (keep pins)</source>
            <translation>ابدأ من الجدول الحالي (مع إبقاء المثبّت)</translation>
        </message>
        <message>
            <source>Starting the solver…</source>
            <translation>جارٍ تشغيل المُحلّل…</translation>
        </message>
        <message>
            <source>Starting the solver… (from the current timetable)</source>
            <translation>جارٍ تشغيل المُحلّل… (من الجدول الحالي)</translation>
        </message>
        <message>
            <source>Stop the run and keep the best timetable so far (Shift+F5, Esc)</source>
            <translation>أوقف التشغيل واحتفظ بأفضل جدول حتى الآن (Shift+F5، Esc)</translation>
        </message>
        <message>
            <source>Stopped; the best timetable so far was kept.</source>
            <translation>أُوقف؛ واحتُفظ بأفضل جدول حتى الآن.</translation>
        </message>
        <message>
            <source>The run stops after this many seconds and keeps the best timetable.</source>
            <translation>يتوقف التشغيل بعد هذا العدد من الثواني ويحتفظ بأفضل جدول.</translation>
        </message>
        <message>
            <source>The same seed and settings give the same timetable.</source>
            <translation>البذرة نفسها والإعدادات نفسها تعطي الجدول نفسه.</translation>
        </message>
        <message>
            <source>The timetable on screen ({run}): {hard} hard, soft penalty {soft}.</source>
            <translation>الجدول المعروض ({run}): {hard} صارمة، وعقوبة مرنة {soft}.</translation>
        </message>
        <message>
            <source>The timetable on screen: {hard} hard, soft penalty {soft}.</source>
            <translation>الجدول المعروض: {hard} صارمة، وعقوبة مرنة {soft}.</translation>
        </message>
        <message>
            <source>Thorough</source>
            <translation>شامل</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>المهلة</translation>
        </message>
        <message>
            <source>When some teaching cannot fit (a shortfall) and you solve anyway, leave the sessions that do not fit in the Unplaced tray instead of placing them with clashes.</source>
            <translation>عندما لا يتسع بعض التدريس (عجز) وتنشئ الجدول رغم ذلك، تبقى الحصص التي لا تتسع في درج «غير موزعة» بدل وضعها مع تعارضات.</translation>
        </message>
        <message>
            <source>hard violations</source>
            <translation>مخالفات صارمة</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>ثوانٍ</translation>
        </message>
        <message>
            <source>soft penalty</source>
            <translation>عقوبة مرنة</translation>
        </message>
        <message>
            <source>{caption}:</source>
            <translation>{caption}:</translation>
        </message>
        <message>
            <source>{run} finished: {outcome} Soft penalty {soft}.</source>
            <translation>انتهى {run}: {outcome} العقوبة المرنة {soft}.</translation>
        </message>
    </context>
    <context>
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n لم تعد تتوافق مع البيانات</numerusform>
                <numerusform> — واحدة لم تعد تتوافق مع البيانات</numerusform>
                <numerusform> — اثنتان لم تعودا تتوافقان مع البيانات</numerusform>
                <numerusform> — %n لم تعد تتوافق مع البيانات</numerusform>
                <numerusform> — %n لم تعد تتوافق مع البيانات</numerusform>
                <numerusform> — %n لم تعد تتوافق مع البيانات</numerusform>
            </translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>كل المجموعات أو كل القاعات للأسبوع كله</translation>
        </message>
        <message>
            <source>Choose a group, an instructor or a room.</source>
            <translation>اختر مجموعة أو مدرّسًا أو قاعة.</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft}</source>
            <translation>صارمة {hard} · مرنة {soft}</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft} (solver in progress)</source>
            <translation>صارمة {hard} · مرنة {soft} (جارٍ الإنشاء)</translation>
        </message>
        <message>
            <source>No placement fits the edited data: see the unplaced sessions.</source>
            <translation>لا يتوافق أي توزيع مع البيانات المعدّلة: انظر الحصص غير الموزعة.</translation>
        </message>
        <message>
            <source>No timetable yet: solve the data first.</source>
            <translation>لا يوجد جدول بعد: أنشئ الجدول من البيانات أولًا.</translation>
        </message>
        <message>
            <source>Not moved. {reason}</source>
            <translation>لم تُنقل. {reason}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Press a card to see where it may go (green: allowed, with the change of the soft score; red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; right-click a card to pin, unplace or find a place.</source>
            <translation>اضغط على بطاقة لترى أين يمكن وضعها (الأخضر: مسموح، مع تغيّر نتيجة القيود المرنة؛ الأحمر: غير مسموح). أفلِتها لنقلها، وShift مع الإفلات لاختيار القاعة، وعلى بطاقة أخرى للتبديل؛ وانقر بالزر الأيمن على بطاقة لتثبيتها أو إزالتها أو إيجاد مكان لها.</translation>
        </message>
        <message>
            <source>Re-optimise unpinned</source>
            <translation>إعادة تحسين غير المثبّت</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>شغّل المُحلّل من هذا الجدول؛ تبقى الحصص المثبّتة في أماكنها</translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>غير موزعة ({count})</translation>
        </message>
    </context>
    <context>
        <name>UnplacedTray</name>
        <message>
            <source>Drag it onto the grid to place it, or double-click to find a place.</source>
            <translation>اسحبها إلى الشبكة لوضعها، أو انقر نقرًا مزدوجًا لإيجاد مكان لها.</translation>
        </message>
        <message>
            <source>Its place no longer fits the edited data.</source>
            <translation>لم يعد مكانها يتوافق مع البيانات المعدّلة.</translation>
        </message>
        <message>
            <source>Not placed.</source>
            <translation>غير موزعة.</translation>
        </message>
        <message>
            <source>Sessions without a place. Drag one onto the grid, or right-click: Find a place.</source>
            <translation>حصص بلا مكان. اسحب إحداها إلى الشبكة، أو انقر بالزر الأيمن: إيجاد مكان.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPanel</name>
        <message numerus="yes">
            <source>%n violations — hard {hard}, soft {soft}</source>
            <translation>
                <numerusform>لا مخالفات — صارمة {hard}، مرنة {soft}</numerusform>
                <numerusform>مخالفة واحدة — صارمة {hard}، مرنة {soft}</numerusform>
                <numerusform>مخالفتان — صارمة {hard}، مرنة {soft}</numerusform>
                <numerusform>%n مخالفات — صارمة {hard}، مرنة {soft}</numerusform>
                <numerusform>%n مخالفةً — صارمة {hard}، مرنة {soft}</numerusform>
                <numerusform>%n مخالفة — صارمة {hard}، مرنة {soft}</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <source>Constraint:</source>
            <translation>القيد:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>العقوبة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>المورد</translation>
        </message>
        <message>
            <source>Resource:</source>
            <translation>المورد:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
    </context>
</TS>
