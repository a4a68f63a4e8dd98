<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <source>&lt;b&gt;Availability of {what}&lt;/b&gt;</source>
            <translation>&lt;b&gt;إتاحة {what}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed slots&lt;/b&gt; of the whole institution</source>
            <translation>&lt;b&gt;الفترات المغلقة&lt;/b&gt; للمؤسسة كلها</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>متاح</translation>
        </message>
        <message>
            <source>Click or drag over the grid to paint (or use the arrow keys and Space). Breaks are hatched; dotted cells are closed for everyone.</source>
            <translation>انقر أو اسحب فوق الشبكة للتلوين (أو استخدم مفاتيح الأسهم والمسافة). الاستراحات مظلّلة بخطوط؛ والخلايا المنقّطة مغلقة للجميع.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>لا شيء محدد</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>Paint availability of {what}</source>
            <translation>تلوين إتاحة {what}</translation>
        </message>
        <message>
            <source>Paint closed slots</source>
            <translation>تلوين الفترات المغلقة</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>مفضّل</translation>
        </message>
        <message>
            <source>Select a row to see its availability.</source>
            <translation>حدّد صفًا لعرض إتاحته.</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>غير متاح</translation>
        </message>
        <message>
            <source>Undesired</source>
            <translation>غير مرغوب</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message numerus="yes">
            <source>%n preferred</source>
            <translation>
                <numerusform>لا فترات مفضّلة</numerusform>
                <numerusform>فترة مفضّلة واحدة</numerusform>
                <numerusform>فترتان مفضّلتان</numerusform>
                <numerusform>%n فترات مفضّلة</numerusform>
                <numerusform>%n فترة مفضّلة</numerusform>
                <numerusform>%n فترة مفضّلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unavailable</source>
            <translation>
                <numerusform>لا فترات غير متاحة</numerusform>
                <numerusform>فترة واحدة غير متاحة</numerusform>
                <numerusform>فترتان غير متاحتين</numerusform>
                <numerusform>%n فترات غير متاحة</numerusform>
                <numerusform>%n فترة غير متاحة</numerusform>
                <numerusform>%n فترة غير متاحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undesired</source>
            <translation>
                <numerusform>لا فترات غير مرغوبة</numerusform>
                <numerusform>فترة واحدة غير مرغوبة</numerusform>
                <numerusform>فترتان غير مرغوبتين</numerusform>
                <numerusform>%n فترات غير مرغوبة</numerusform>
                <numerusform>%n فترة غير مرغوبة</numerusform>
                <numerusform>%n فترة غير مرغوبة</numerusform>
            </translation>
        </message>
        <message>
            <source>A block length</source>
            <translation>طول الكتلة</translation>
        </message>
        <message>
            <source>A hard rule must hold; a soft one costs its weight per unit of violation</source>
            <translation>يجب الالتزام بالقاعدة الصارمة؛ أما المرنة فتكلّف وزنها عن كل وحدة مخالفة</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>مفعّلة</translation>
        </message>
        <message>
            <source>All groups attend together</source>
            <translation>تحضر كل المجموعات معًا</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>تنطبق على</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>الإتاحة</translation>
        </message>
        <message>
            <source>Block lengths per component, e.g. 'L 2+2, P 3'; empty: the default cut</source>
            <translation>أطوال الكتل لكل مكوّن، مثل 'L 2+2, P 3'؛ فارغ: التقسيم الافتراضي</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>الكتل</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>استراحة</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>المبنى</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>السعة</translation>
        </message>
        <message>
            <source>Co-teachers</source>
            <translation>مدرّسون مشاركون</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <source>Cost of one unit of violation of a soft rule</source>
            <translation>تكلفة وحدة مخالفة واحدة لقاعدة مرنة</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>المقررات</translation>
        </message>
        <message>
            <source>Courses and session types the instructor may teach</source>
            <translation>المقررات وأنواع الحصص التي يمكن للمدرّس تدريسها</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Each subgroup is taught separately</source>
            <translation>تُدرَّس كل مجموعة فرعية على حدة</translation>
        </message>
        <message>
            <source>Edit per component in the table below</source>
            <translation>التحرير لكل مكوّن في الجدول أدناه</translation>
        </message>
        <message>
            <source>Edit the subgroups in the table below</source>
            <translation>تحرير المجموعات الفرعية في الجدول أدناه</translation>
        </message>
        <message>
            <source>Empty: any room</source>
            <translation>فارغ: أي قاعة</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>مفعّل</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>التجهيزات</translation>
        </message>
        <message>
            <source>Features the room must have</source>
            <translation>التجهيزات التي يجب أن تتوفر في القاعة</translation>
        </message>
        <message>
            <source>Fixed candidates; empty: every qualified instructor</source>
            <translation>مرشحون ثابتون؛ فارغ: أي مدرّس مؤهّل</translation>
        </message>
        <message>
            <source>Fixed instructors of the components (empty: anyone qualified); added ones join every component, removed ones leave every component</source>
            <translation>المدرّسون الثابتون للمكوّنات (فارغ: أي مؤهّل)؛ من يُضاف ينضم إلى كل مكوّن ومن يُحذف يغادر كل مكوّن</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>كل أسبوعين</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Groups that want a midday break get one free period in this window</source>
            <translation>المجموعات التي تريد استراحة منتصف النهار تحصل على فترة فارغة في هذا النطاق</translation>
        </message>
        <message>
            <source>Hard/soft</source>
            <translation>صارم/مرن</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>المدرّسون</translation>
        </message>
        <message>
            <source>Instructors who teach every session together with the chosen one (their clashes and availability count); comma separated ids</source>
            <translation>مدرّسون يدرّسون كل جلسة مع المدرّس المختار (تُحتسب تعارضاتهم وأوقات إتاحتهم)؛ معرّفات مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>مشترك</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>محاضرة</translation>
        </message>
        <message>
            <source>Lecture periods</source>
            <translation>فترات المحاضرة</translation>
        </message>
        <message>
            <source>Lecture periods per week</source>
            <translation>فترات المحاضرة في الأسبوع</translation>
        </message>
        <message>
            <source>Max/day</source>
            <translation>الحد الأقصى/يوم</translation>
        </message>
        <message>
            <source>Midday break</source>
            <translation>استراحة منتصف النهار</translation>
        </message>
        <message>
            <source>Midday window</source>
            <translation>نطاق منتصف النهار</translation>
        </message>
        <message>
            <source>Min days</source>
            <translation>أدنى عدد أيام</translation>
        </message>
        <message>
            <source>Most periods a day (0: no limit)</source>
            <translation>أقصى عدد فترات في اليوم (0: بلا حد)</translation>
        </message>
        <message>
            <source>Most periods a day the instructor should teach (0: no limit)</source>
            <translation>أقصى عدد فترات يُدرّسها المدرّس في اليوم (0: بلا حد)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Needs a room</source>
            <translation>يحتاج قاعة</translation>
        </message>
        <message>
            <source>Needs an instructor</source>
            <translation>يحتاج مدرّساً</translation>
        </message>
        <message>
            <source>Nothing is taught in a break</source>
            <translation>لا تدريس أثناء الاستراحة</translation>
        </message>
        <message>
            <source>Off: taught without a room (a sports or online lesson); its sessions get no room</source>
            <translation>عند الإيقاف: يُدرَّس دون قاعة (رياضة أو درس عبر الإنترنت)؛ لا تُخصَّص قاعة لجلساته</translation>
        </message>
        <message>
            <source>Off: taught without an instructor; its sessions get none</source>
            <translation>عند الإيقاف: يُدرَّس دون مدرّس؛ لا يُخصَّص مدرّس لجلساته</translation>
        </message>
        <message>
            <source>On</source>
            <translation>مفعّل</translation>
        </message>
        <message>
            <source>Only active rules count</source>
            <translation>القواعد المفعّلة وحدها تُحتسب</translation>
        </message>
        <message>
            <source>Paint the group's unavailable periods in the grid beside the table</source>
            <translation>تلوين فترات عدم إتاحة المجموعة في الشبكة بجانب الجدول</translation>
        </message>
        <message>
            <source>Paint the room's unavailable periods in the grid beside the table</source>
            <translation>تلوين فترات عدم إتاحة القاعة في الشبكة بجانب الجدول</translation>
        </message>
        <message>
            <source>Paint unavailable, preferred and undesired periods in the grid beside the table</source>
            <translation>تلوين الفترات غير المتاحة والمفضّلة وغير المرغوبة في الشبكة بجانب الجدول</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>الأنماط</translation>
        </message>
        <message>
            <source>Penalty per unit of violation; 0 switches it off</source>
            <translation>العقوبة عن كل وحدة مخالفة؛ الصفر يعطّله</translation>
        </message>
        <message>
            <source>Per subgroup</source>
            <translation>لكل مجموعة فرعية</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Periods per week</source>
            <translation>الفترات في الأسبوع</translation>
        </message>
        <message>
            <source>Periods/week</source>
            <translation>فترات/أسبوع</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>عملي</translation>
        </message>
        <message>
            <source>Practical periods</source>
            <translation>فترات العملي</translation>
        </message>
        <message>
            <source>Practical periods per week</source>
            <translation>فترات العملي في الأسبوع</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>المؤهلات</translation>
        </message>
        <message>
            <source>Room type</source>
            <translation>نوع القاعة</translation>
        </message>
        <message>
            <source>Room types</source>
            <translation>أنواع القاعات</translation>
        </message>
        <message>
            <source>Seats in the room</source>
            <translation>المقاعد في القاعة</translation>
        </message>
        <message>
            <source>Session lengths, e.g. 2+1; empty: the default cut</source>
            <translation>أطوال الحصص، مثل 2+1؛ فارغ: التقسيم الافتراضي</translation>
        </message>
        <message>
            <source>Sessions that need a room type only go to rooms of that type</source>
            <translation>الحصص التي تحتاج نوع قاعة لا تذهب إلا إلى قاعات من هذا النوع</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Spread each section over at least this many days</source>
            <translation>توزيع كل شعبة على هذا العدد من الأيام على الأقل</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Students in the group</source>
            <translation>الطلاب في المجموعة</translation>
        </message>
        <message>
            <source>Subgroup</source>
            <translation>المجموعة الفرعية</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>المجموعات الفرعية</translation>
        </message>
        <message>
            <source>Switch the constraint on or off</source>
            <translation>تفعيل القيد أو تعطيله</translation>
        </message>
        <message>
            <source>Taught every other week (needs a two-week cycle in the time grid): the periods are those of the fortnight, each block taught in week A or B</source>
            <translation>يُدرَّس كل أسبوعين (يتطلب دورة من أسبوعين في الشبكة الزمنية): الفترات هي فترات الأسبوعين، وكل كتلة تُدرَّس في الأسبوع A أو B</translation>
        </message>
        <message>
            <source>The block patterns the solver may choose: 'any' (every cut between the default shortest and longest block), 'any 2-4' (blocks of 2 to 4 periods), '3+3; 2+2+2' (a list), or one pattern such as '3+3' (fixed)</source>
            <translation>أنماط الكتل التي يمكن للمُحلّل اختيارها: 'any' (أي تقسيم بين أقصر كتلة وأطولها افتراضيًا)، و'any 2-4' (كتل من 2 إلى 4 فترات)، و'3+3; 2+2+2' (قائمة)، أو نمط واحد مثل '3+3' (ثابت)</translation>
        </message>
        <message>
            <source>The courses the group takes</source>
            <translation>المقررات التي تدرسها المجموعة</translation>
        </message>
        <message>
            <source>The group wants a free period in the midday window</source>
            <translation>تريد المجموعة فترة فارغة في نطاق منتصف النهار</translation>
        </message>
        <message>
            <source>The groups that take this course (edits the groups' course lists)</source>
            <translation>المجموعات التي تدرس هذا المقرر (يحرّر قوائم مقررات المجموعات)</translation>
        </message>
        <message>
            <source>The kind of rule (the rule catalogue)</source>
            <translation>نوع القاعدة (دليل القواعد)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Tutorial</source>
            <translation>تمارين</translation>
        </message>
        <message>
            <source>Tutorial periods</source>
            <translation>فترات التمارين</translation>
        </message>
        <message>
            <source>Tutorial periods per week</source>
            <translation>فترات التمارين في الأسبوع</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>ما يحتسبه</translation>
        </message>
        <message>
            <source>Whom or what the rule is about: instructors, groups, lessons, rooms, or all of a kind</source>
            <translation>مَن أو ما تخص القاعدة: مدرّسون أو مجموعات أو حصص أو قاعات، أو كل ما هو من نوع ما</translation>
        </message>
        <message>
            <source>always available</source>
            <translation>متاح دائمًا</translation>
        </message>
        <message>
            <source>name=value; separated by ';' (slots: 'Mon P1, Tue P2')</source>
            <translation>اسم=قيمة؛ مفصولة بـ ';' (الفترات: 'Mon P1, Tue P2')</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>{what} must be a clock time like 08:30, not {text}.</source>
            <translation>{what}: يجب أن تكون القيمة وقتًا مثل 08:30، لا {text}.</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text}.</source>
            <translation>{what}: يجب أن تكون القيمة عددًا صحيحًا، لا {text}.</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum}, not {number}.</source>
            <translation>{what}: يجب أن تكون القيمة {minimum} على الأقل، لا {number}.</translation>
        </message>
        <message>
            <source>{what} must be yes or no, not {value}.</source>
            <translation>{what}: يجب أن تكون القيمة نعم أو لا، لا {value}.</translation>
        </message>
    </context>
    <context>
        <name>ConflictQuestion</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Move the others</source>
            <translation>نقل الحصص الأخرى</translation>
        </message>
        <message>
            <source>Moving the sessions in the way makes room for it:</source>
            <translation>نقل الحصص المعترضة يفسح لها مكانًا:</translation>
        </message>
        <message>
            <source>Place anyway</source>
            <translation>الوضع رغم ذلك</translation>
        </message>
        <message>
            <source>Place it here and move the sessions in its way as listed</source>
            <translation>وضعها هنا ونقل الحصص المعترضة كما هو مذكور</translation>
        </message>
        <message>
            <source>Place it here; its conflicts show in the grid and the list</source>
            <translation>وضعها هنا؛ تظهر تعارضاتها في الشبكة والقائمة</translation>
        </message>
        <message>
            <source>This place is not allowed</source>
            <translation>هذا المكان غير مسموح</translation>
        </message>
        <message>
            <source>Total change of the score: {change}.</source>
            <translation>التغيّر الكلي في النتيجة: {change}.</translation>
        </message>
        <message>
            <source>hard {hard}, soft {soft}</source>
            <translation>صارمة {hard}، مرنة {soft}</translation>
        </message>
        <message>
            <source>unplaced</source>
            <translation>غير موزعة</translation>
        </message>
        <message>
            <source>{session} cannot go there without breaking hard constraints:</source>
            <translation>لا يمكن وضع {session} هناك دون مخالفة قيود صارمة:</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} في {room}</translation>
        </message>
    </context>
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>إ&amp;ضافة صف</translation>
        </message>
        <message>
            <source>&amp;Copy Cells</source>
            <translation>&amp;نسخ الخلايا</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;حذف الصفوف</translation>
        </message>
        <message>
            <source>&amp;Paste Cells</source>
            <translation>ل&amp;صق الخلايا</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>أضف صفًا إلى الجدول</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>المكوّنات</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>القيود</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>نسخ الخلايا المحددة نصًا مفصولًا بعلامات جدولة</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>المقررات</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>احذف الصفوف المحددة</translation>
        </message>
        <message>
            <source>Dup&amp;licate Rows</source>
            <translation>ت&amp;كرار الصفوف</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>كرّر الصفوف المحددة بمعرّفات جديدة</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>المدرّسون</translation>
        </message>
        <message>
            <source>Paste tab-separated text (from a spreadsheet) at the current cell</source>
            <translation>لصق نص مفصول بعلامات جدولة (من جدول بيانات) في الخلية الحالية</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>الفترات</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>القاعات</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <source>Soft constraints</source>
            <translation>القيود المرنة</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>المجموعات الفرعية</translation>
        </message>
        <message>
            <source>Time grid</source>
            <translation>الشبكة الزمنية</translation>
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
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنفات Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>تصدير البيانات</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>صُدّرت البيانات إلى {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>مستند Schedule Engine ‏(.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>مستندات Schedule Engine (*.json)</translation>
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
            <source>Import a table</source>
            <translation>استيراد جدول</translation>
        </message>
        <message>
            <source>Import {table} from {file}</source>
            <translation>استيراد {table} من {file}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>مستند Schedule Engine ‏(.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>مستندات Schedule Engine (*.json)</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>جدول من CSV أو XLSX…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>جداول (*.csv *.xlsx *.xlsm);;ملفات CSV (*.csv);;مصنفات Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{done}: {added} added, {updated} updated</source>
            <translation>{done}: أُضيف {added}، وحُدّث {updated}</translation>
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
            <source>Another room</source>
            <translation>قاعة أخرى</translation>
        </message>
        <message>
            <source>Another teacher</source>
            <translation>مدرّس آخر</translation>
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
            <source>Apply remedy: {remedy}</source>
            <translation>تطبيق الحل: {remedy}</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>التغييرات:</translation>
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
            <source>Could not apply the remedy: {error}</source>
            <translation>تعذّر تطبيق الحل المقترح: {error}</translation>
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
            <source>Fewer periods</source>
            <translation>فترات أقل</translation>
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
            <source>Joint teaching</source>
            <translation>تدريس مشترك</translation>
        </message>
        <message>
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>نفّذ تغيير الحل المقترح المحدد (يُتراجع عنه بخطوة واحدة) ثم أعد الفحص</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>وقت إضافي</translation>
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
            <source>Other blocks</source>
            <translation>كتل أخرى</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>حل مقترح</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>حدّد حلًا مقترحًا تحت أحد أوجه العجز لتطبيقه.</translation>
        </message>
        <message>
            <source>Select it and press Apply to make the change.</source>
            <translation>حدّده واضغط «تطبيق» لإجراء التغيير.</translation>
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
            <source>{when}, week {week}</source>
            <translation>{when}، الأسبوع {week}</translation>
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
            <source>Error</source>
            <translation>خطأ</translation>
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
            <source>Warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n sessions are not placed.</source>
            <translation>
                <numerusform>لا حصص غير موزعة.</numerusform>
                <numerusform>حصة واحدة غير موزعة.</numerusform>
                <numerusform>حصتان غير موزعتين.</numerusform>
                <numerusform>%n حصص غير موزعة.</numerusform>
                <numerusform>%n حصة غير موزعة.</numerusform>
                <numerusform>%n حصة غير موزعة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions are placed.</source>
            <translation>
                <numerusform>لا حصص للتوزيع.</numerusform>
                <numerusform>وُزّعت الحصة الوحيدة.</numerusform>
                <numerusform>وُزّعت الحصتان كلتاهما.</numerusform>
                <numerusform>وُزّعت الحصص الـ %n كلها.</numerusform>
                <numerusform>وُزّعت الحصص الـ %n كلها.</numerusform>
                <numerusform>وُزّعت الحصص الـ %n كلها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>CSV list of sessions (.csv)</source>
            <translation>قائمة CSV بالحصص (.csv)</translation>
        </message>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>تحمل أحداث التقويم المنطقة الزمنية للمؤسسة؛ غيّرها في إعدادات المؤسسة.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Choose at least one group, instructor or room, an overview or the report pages.</source>
            <translation>اختر مجموعة أو مدرّسًا أو قاعة واحدة على الأقل، أو نظرة عامة، أو صفحات التقارير.</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>اختر مكان حفظ التصدير.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Could not export the timetable</source>
            <translation>تعذّر تصدير الجدول</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>التواريخ:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>مصنف Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>Export into the folder</source>
            <translation>التصدير إلى المجلد</translation>
        </message>
        <message>
            <source>Export timetable</source>
            <translation>تصدير الجدول</translation>
        </message>
        <message numerus="yes">
            <source>First page of %n pages ({paper}, landscape)</source>
            <translation>
                <numerusform>الصفحة الأولى من %n ({paper}، أفقي)</numerusform>
                <numerusform>الصفحة الأولى من صفحة واحدة ({paper}، أفقي)</numerusform>
                <numerusform>الصفحة الأولى من صفحتين ({paper}، أفقي)</numerusform>
                <numerusform>الصفحة الأولى من %n صفحات ({paper}، أفقي)</numerusform>
                <numerusform>الصفحة الأولى من %n صفحة ({paper}، أفقي)</numerusform>
                <numerusform>الصفحة الأولى من %n صفحة ({paper}، أفقي)</numerusform>
            </translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>التنسيق:</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>No overview</source>
            <translation>بلا نظرة عامة</translation>
        </message>
        <message numerus="yes">
            <source>No timetable yet: none of the %n sessions is placed.</source>
            <translation>
                <numerusform>لا جدول بعد: لا حصص.</numerusform>
                <numerusform>لا جدول بعد: الحصة الوحيدة غير موزعة.</numerusform>
                <numerusform>لا جدول بعد: لم تُوزَّع أي من الحصتين.</numerusform>
                <numerusform>لا جدول بعد: لم تُوزَّع أي من الحصص الـ %n.</numerusform>
                <numerusform>لا جدول بعد: لم تُوزَّع أي من الحصص الـ %n.</numerusform>
                <numerusform>لا جدول بعد: لم تُوزَّع أي من الحصص الـ %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing chosen to print.</source>
            <translation>لم يُختر شيء للطباعة.</translation>
        </message>
        <message>
            <source>One calendar file for everything</source>
            <translation>ملف تقويم واحد لكل شيء</translation>
        </message>
        <message>
            <source>One overview page per day</source>
            <translation>صفحة نظرة عامة لكل يوم</translation>
        </message>
        <message>
            <source>One week overview of all groups</source>
            <translation>نظرة عامة أسبوعية على كل المجموعات</translation>
        </message>
        <message>
            <source>Overview:</source>
            <translation>النظرة العامة:</translation>
        </message>
        <message>
            <source>PDF and printing</source>
            <translation>PDF والطباعة</translation>
        </message>
        <message>
            <source>PDF booklet (.pdf)</source>
            <translation>كتيّب PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>الصفحة {done} من {total}</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>الورق:</translation>
        </message>
        <message>
            <source>Print timetable</source>
            <translation>طباعة الجدول</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Report pages: room use, instructor and group load</source>
            <translation>صفحات التقارير: استخدام القاعات وأعباء المدرّسين والمجموعات</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>حفظ ملف PDF باسم</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>الحفظ في:</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>الفصل الدراسي</translation>
        </message>
        <message>
            <source>The first page as printed</source>
            <translation>الصفحة الأولى كما ستُطبع</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>ينتهي الفصل الدراسي قبل أن يبدأ.</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>المنطقة الزمنية:</translation>
        </message>
        <message>
            <source>Web pages (HTML folder)</source>
            <translation>صفحات ويب (مجلد HTML)</translation>
        </message>
        <message>
            <source>Week pages for:</source>
            <translation>صفحات أسبوعية لـ:</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n files to {where}.</source>
            <translation>
                <numerusform>لم يُكتب أي ملف في {where}.</numerusform>
                <numerusform>كُتب ملف واحد في {where}.</numerusform>
                <numerusform>كُتب ملفان في {where}.</numerusform>
                <numerusform>كُتبت %n ملفات في {where}.</numerusform>
                <numerusform>كُتب %n ملفًا في {where}.</numerusform>
                <numerusform>كُتب %n ملف في {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote 1 file to {where}.</source>
            <translation>كُتب الملف: {where}.</translation>
        </message>
        <message>
            <source>e.g. Autumn term 2026</source>
            <translation>مثل: الفصل الأول 2026</translation>
        </message>
        <message>
            <source>iCalendar files (.ics)</source>
            <translation>ملفات iCalendar (.ics)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n sessions are not placed; the pages list them.</source>
            <translation>
                <numerusform>{missing} من %n حصة غير موزعة؛ تسردها الصفحات.</numerusform>
                <numerusform>{missing} من حصة واحدة غير موزعة؛ تسردها الصفحات.</numerusform>
                <numerusform>{missing} من حصتين غير موزعة؛ تسردها الصفحات.</numerusform>
                <numerusform>{missing} من %n حصص غير موزعة؛ تسردها الصفحات.</numerusform>
                <numerusform>{missing} من %n حصة غير موزعة؛ تسردها الصفحات.</numerusform>
                <numerusform>{missing} من %n حصة غير موزعة؛ تسردها الصفحات.</numerusform>
            </translation>
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
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
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
            <translation>فتح &amp;مشروع حديث</translation>
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
            <source>Save project as</source>
            <translation>حفظ المشروع باسم</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>هل تريد حفظ التغييرات على {name} قبل إغلاقه؟</translation>
        </message>
        <message>
            <source>Schedule Engine projects ({pattern})</source>
            <translation>مشاريع Schedule Engine ({pattern})</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
    </context>
    <context>
        <name>FindPlace</name>
        <message>
            <source>Find a place for {session}</source>
            <translation>إيجاد مكان لـ {session}</translation>
        </message>
        <message>
            <source>Legal places for {session}, the best first (the change of the soft score):</source>
            <translation>الأماكن المسموحة لـ {session}، الأفضل أولًا (التغيّر في نتيجة القيود المرنة):</translation>
        </message>
        <message>
            <source>Place here</source>
            <translation>الوضع هنا</translation>
        </message>
        <message>
            <source>{session} has no legal place in this timetable. Drop it on a red slot to see what is in the way and the moves that make room.</source>
            <translation>ليس لـ {session} مكان مسموح في هذا الجدول. أفلتها على فترة حمراء لترى ما يعترضها والنقلات التي تفسح لها مكانًا.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} في {room}</translation>
        </message>
        <message>
            <source>{when} — soft {change}</source>
            <translation>{when} — مرنة {change}</translation>
        </message>
    </context>
    <context>
        <name>FractionalHoursDialog</name>
        <message>
            <source>Fortnightly: twice the hours every other week, in a two-week cycle (1.5 hours: 3 periods in week A or B)</source>
            <translation>كل أسبوعين: ضعف الساعات مرة كل أسبوعين، في دورة من أسبوعين (1.5 ساعة: 3 فترات في الأسبوع A أو B)</translation>
        </message>
        <message>
            <source>Fractional weekly hours</source>
            <translation>ساعات أسبوعية كسرية</translation>
        </message>
        <message>
            <source>Round up: whole periods every week (1.5 hours: 2 periods)</source>
            <translation>التقريب للأعلى: فترات كاملة كل أسبوع (1.5 ساعة: فترتان)</translation>
        </message>
        <message>
            <source>Some courses may have weekly hours that are not whole (1.5 hours a week). How should they be taught?</source>
            <translation>قد تكون لبعض المقررات ساعات أسبوعية غير صحيحة (1.5 ساعة في الأسبوع). كيف تُدرَّس؟</translation>
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
        <name>Noun</name>
        <message numerus="yes">
            <source>%n components</source>
            <translation>
                <numerusform>لا مكوّنات</numerusform>
                <numerusform>مكوّن واحد</numerusform>
                <numerusform>مكوّنان</numerusform>
                <numerusform>%n مكوّنات</numerusform>
                <numerusform>%n مكوّنًا</numerusform>
                <numerusform>%n مكوّن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n constraints</source>
            <translation>
                <numerusform>لا قيود</numerusform>
                <numerusform>قيد واحد</numerusform>
                <numerusform>قيدان</numerusform>
                <numerusform>%n قيود</numerusform>
                <numerusform>%n قيدًا</numerusform>
                <numerusform>%n قيد</numerusform>
            </translation>
        </message>
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
            <source>%n days</source>
            <translation>
                <numerusform>لا أيام</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>لا مجموعات</numerusform>
                <numerusform>مجموعة واحدة</numerusform>
                <numerusform>مجموعتان</numerusform>
                <numerusform>%n مجموعات</numerusform>
                <numerusform>%n مجموعة</numerusform>
                <numerusform>%n مجموعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instructors</source>
            <translation>
                <numerusform>لا مدرّسين</numerusform>
                <numerusform>مدرّس واحد</numerusform>
                <numerusform>مدرّسان</numerusform>
                <numerusform>%n مدرّسين</numerusform>
                <numerusform>%n مدرّسًا</numerusform>
                <numerusform>%n مدرّس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>لا فترات</numerusform>
                <numerusform>فترة واحدة</numerusform>
                <numerusform>فترتان</numerusform>
                <numerusform>%n فترات</numerusform>
                <numerusform>%n فترة</numerusform>
                <numerusform>%n فترة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rooms</source>
            <translation>
                <numerusform>لا قاعات</numerusform>
                <numerusform>قاعة واحدة</numerusform>
                <numerusform>قاعتان</numerusform>
                <numerusform>%n قاعات</numerusform>
                <numerusform>%n قاعة</numerusform>
                <numerusform>%n قاعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>لا صفوف</numerusform>
                <numerusform>صف واحد</numerusform>
                <numerusform>صفان</numerusform>
                <numerusform>%n صفوف</numerusform>
                <numerusform>%n صفًا</numerusform>
                <numerusform>%n صف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rules</source>
            <translation>
                <numerusform>لا قواعد</numerusform>
                <numerusform>قاعدة واحدة</numerusform>
                <numerusform>قاعدتان</numerusform>
                <numerusform>%n قواعد</numerusform>
                <numerusform>%n قاعدة</numerusform>
                <numerusform>%n قاعدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subgroups</source>
            <translation>
                <numerusform>لا مجموعات فرعية</numerusform>
                <numerusform>مجموعة فرعية واحدة</numerusform>
                <numerusform>مجموعتان فرعيتان</numerusform>
                <numerusform>%n مجموعات فرعية</numerusform>
                <numerusform>%n مجموعة فرعية</numerusform>
                <numerusform>%n مجموعة فرعية</numerusform>
            </translation>
        </message>
        <message>
            <source>Components</source>
            <translation>المكوّنات</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>القيود</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>المقررات</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>المدرّسون</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>الفترات</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>القاعات</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>الصفوف</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>المجموعات الفرعية</translation>
        </message>
        <message>
            <source>component</source>
            <translation>المكوّن</translation>
        </message>
        <message>
            <source>constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <source>course</source>
            <translation>المقرر</translation>
        </message>
        <message>
            <source>day</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>المدرّس</translation>
        </message>
        <message>
            <source>period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>room</source>
            <translation>القاعة</translation>
        </message>
        <message>
            <source>row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <source>subgroup</source>
            <translation>المجموعة الفرعية</translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>Day overview</source>
            <translation>نظرة على اليوم</translation>
        </message>
        <message>
            <source>Each line: start, course, lec / tut / prac, [{a}] or [{b}]: that week only, the subgroup if only part of the group attends, room.</source>
            <translation>كل سطر: البداية، المقرر، محاضرة / تمارين / عملي، [{a}] أو [{b}]: ذلك الأسبوع فقط، الفوج الفرعي إن حضر جزء من الفوج فقط، القاعة.</translation>
        </message>
        <message>
            <source>Each line: start, course, lec(ture) / tut(orial) / prac(tical), the subgroup when only part of the group attends, room.</source>
            <translation>كل سطر: البداية، المقرر، محاضرة / تمارين / عملي، الفوج الفرعي حين يحضر جزء من الفوج فقط، القاعة.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>مجموعة</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>مدرّس</translation>
        </message>
        <message>
            <source>Made with Schedule Engine</source>
            <translation>أُنشئ باستخدام Schedule Engine</translation>
        </message>
        <message>
            <source>No sessions in this week.</source>
            <translation>لا حصص في هذا الأسبوع.</translation>
        </message>
        <message>
            <source>No sessions placed in this week.</source>
            <translation>لا حصص موزعة في هذا الأسبوع.</translation>
        </message>
        <message>
            <source>Not placed ({n}): </source>
            <translation>غير موزعة ({n}): </translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>الصفحة {number} من {count}</translation>
        </message>
        <message>
            <source>Per student set (subgroup, or the group itself): periods attended per day and idle gaps.</source>
            <translation>لكل مجموعة طلاب (فوج فرعي، أو الفوج نفسه): الفترات المحضورة في اليوم والفراغات.</translation>
        </message>
        <message>
            <source>Periods taught per day; idle gaps are free periods between a day's first and last session.</source>
            <translation>فترات التدريس في اليوم؛ الفراغات هي الفترات الحرة بين أول حصة وآخر حصة في اليوم.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>طُبع في {date}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>تقرير</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>قاعة</translation>
        </message>
        <message>
            <source>These sessions have no time in this timetable; solve again or place them by hand.</source>
            <translation>ليس لهذه الحصص وقت في هذا الجدول؛ أعد إنشاء الجدول أو ضعها يدويًا.</translation>
        </message>
        <message>
            <source>Two-week cycle: week {a} left, week {b} right</source>
            <translation>دورة من أسبوعين: الأسبوع {a} على اليمين، الأسبوع {b} على اليسار</translation>
        </message>
        <message>
            <source>Used / available periods per day, summed over the rooms of each type.</source>
            <translation>الفترات المستخدمة / المتاحة في اليوم، مجموعةً على قاعات كل نوع.</translation>
        </message>
        <message>
            <source>Used / available periods per day; available excludes breaks, closed periods and the room's own unavailable periods.</source>
            <translation>الفترات المستخدمة / المتاحة في اليوم؛ المتاحة لا تشمل الاستراحات ولا الفترات المغلقة ولا الفترات التي تكون فيها القاعة غير متاحة.</translation>
        </message>
        <message>
            <source>Week overview: all groups</source>
            <translation>نظرة على الأسبوع: كل المجموعات</translation>
        </message>
        <message>
            <source>Week overview: all instructors</source>
            <translation>نظرة على الأسبوع: كل المدرّسين</translation>
        </message>
        <message>
            <source>Week overview: all rooms</source>
            <translation>نظرة على الأسبوع: كل القاعات</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>lec</source>
            <translation>محاضرة</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>الجزء {part} من {parts}</translation>
        </message>
        <message>
            <source>prac</source>
            <translation>عملي</translation>
        </message>
        <message>
            <source>tut</source>
            <translation>تمارين</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>الأسبوع {name}</translation>
        </message>
        <message>
            <source>{day}: all groups</source>
            <translation>{day}: كل المجموعات</translation>
        </message>
        <message>
            <source>{day}: all instructors</source>
            <translation>{day}: كل المدرّسين</translation>
        </message>
        <message>
            <source>{day}: all rooms</source>
            <translation>{day}: كل القاعات</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… و{n} أخرى</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Could not restore the unsaved changes</source>
            <translation>تعذّرت استعادة التغييرات غير المحفوظة</translation>
        </message>
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
        <name>RuleDialog</name>
        <message>
            <source>Active (only active rules count)</source>
            <translation>مفعّلة (لا تُحتسب إلا القواعد المفعّلة)</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>إضافة قاعدة</translation>
        </message>
        <message>
            <source>Add rule {id}</source>
            <translation>إضافة القاعدة {id}</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>تنطبق على</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>تعليق:</translation>
        </message>
        <message>
            <source>Edit rule {id}</source>
            <translation>تعديل القاعدة {id}</translation>
        </message>
        <message>
            <source>Hard or soft:</source>
            <translation>صارمة أو مرنة:</translation>
        </message>
        <message>
            <source>ID:</source>
            <translation>المعرّف:</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>This type of rule has no parameters.</source>
            <translation>ليس لهذا النوع من القواعد معاملات.</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>الوزن:</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>كل الأفواج</translation>
        </message>
        <message>
            <source>all instructors</source>
            <translation>كل المدرّسين</translation>
        </message>
        <message>
            <source>all rooms</source>
            <translation>كل القاعات</translation>
        </message>
        <message>
            <source>all sessions</source>
            <translation>كل الحصص</translation>
        </message>
        <message>
            <source>component</source>
            <translation>المكوّن</translation>
        </message>
        <message>
            <source>course</source>
            <translation>المقرر</translation>
        </message>
        <message>
            <source>days and periods, e.g. Mon P1, Tue P2</source>
            <translation>أيام وحصص، مثل Mon P1, Tue P2</translation>
        </message>
        <message>
            <source>group</source>
            <translation>الفوج</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>المدرّس</translation>
        </message>
        <message>
            <source>room</source>
            <translation>القاعة</translation>
        </message>
        <message>
            <source>session</source>
            <translation>الحصة</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>الوسم</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>'{name}': {item} is not a slot; write a day and a period, e.g. '{example}'.</source>
            <translation>'{name}': {item} ليست فترة؛ اكتب يومًا وفترة، مثل '{example}'.</translation>
        </message>
        <message>
            <source>a rule needs an id.</source>
            <translation>تحتاج القاعدة إلى معرّف.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>صارمة</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>مرنة</translation>
        </message>
        <message>
            <source>the id {id} is already used by another rule.</source>
            <translation>المعرّف {id} مستخدم لقاعدة أخرى.</translation>
        </message>
        <message>
            <source>write {hard} or {soft}, not {value}.</source>
            <translation>اكتب {hard} أو {soft}، لا {value}.</translation>
        </message>
        <message>
            <source>{label} is not something a rule applies to: write e.g. 'instructor I1', 'group G1', 'course C1', 'room R1' or 'all instructors'.</source>
            <translation>{label} ليس شيئًا تنطبق عليه قاعدة: اكتب مثلًا 'instructor I1' أو 'group G1' أو 'course C1' أو 'room R1' أو 'all instructors'.</translation>
        </message>
        <message>
            <source>{label}: write a component as course/session type, e.g. MATH/lecture.</source>
            <translation>{label}: اكتب المكوّن بصيغة مقرر/نوع حصة، مثل MATH/lecture.</translation>
        </message>
        <message>
            <source>{part}: a '{type}' rule takes the parameters {known}, as name=value.</source>
            <translation>{part}: القاعدة '{type}' تأخذ المعاملات {known} بصيغة اسم=قيمة.</translation>
        </message>
        <message>
            <source>{text} is not a rule type; choose one of the list (e.g. {example}).</source>
            <translation>{text} ليس نوع قاعدة؛ اختر نوعًا من القائمة (مثل {example}).</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>Add a rule with a form of its parameters</source>
            <translation>إضافة قاعدة عبر نموذج لمعاملاتها</translation>
        </message>
        <message>
            <source>Add a rule with the + button; each row is one rule of the problem. Choose its type, whom it applies to and its parameters in the cells.</source>
            <translation>أضف قاعدة بالزر +؛ كل صف قاعدة من قواعد المسألة. اختر في الخلايا نوعها ومن تنطبق عليه ومعاملاتها.</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>إضافة قاعدة…</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>تنطبق على</translation>
        </message>
        <message>
            <source>Choose the rule to edit in the table.</source>
            <translation>اختر من الجدول القاعدة المراد تعديلها.</translation>
        </message>
        <message>
            <source>Edit rule…</source>
            <translation>تعديل القاعدة…</translation>
        </message>
        <message>
            <source>Edit the current rule in a form</source>
            <translation>تعديل القاعدة الحالية في نموذج</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>default</source>
            <translation>افتراضي</translation>
        </message>
        <message>
            <source>groups or subgroups</source>
            <translation>الأفواج أو الأفواج الفرعية</translation>
        </message>
        <message>
            <source>instructors</source>
            <translation>المدرّسون</translation>
        </message>
        <message>
            <source>lessons (sessions, courses, components or tags)</source>
            <translation>الدروس (حصص أو مقررات أو مكوّنات أو وسوم)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>rooms</source>
            <translation>القاعات</translation>
        </message>
    </context>
    <context>
        <name>RunCompare</name>
        <message>
            <source>Change</source>
            <translation>التغيّر</translation>
        </message>
        <message>
            <source>Compare {first} and {second}</source>
            <translation>مقارنة {first} و{second}</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <source>Hard violations (total)</source>
            <translation>مخالفات صارمة (المجموع)</translation>
        </message>
        <message>
            <source>Soft penalty (total)</source>
            <translation>عقوبة مرنة (المجموع)</translation>
        </message>
        <message>
            <source>{differing} of {total} sessions are placed differently (time, room or instructor). Change = {second} − {first}.</source>
            <translation>{differing} من {total} حصة موزعة بشكل مختلف (الوقت أو القاعة أو المدرّس). التغيّر = {second} − {first}.</translation>
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
        <name>SessionMenu</name>
        <message>
            <source>Find a place…</source>
            <translation>إيجاد مكان…</translation>
        </message>
        <message>
            <source>Pin all visible</source>
            <translation>تثبيت كل الظاهر</translation>
        </message>
        <message>
            <source>Pin room</source>
            <translation>تثبيت القاعة</translation>
        </message>
        <message>
            <source>Pin time</source>
            <translation>تثبيت الوقت</translation>
        </message>
        <message>
            <source>Pin time and room</source>
            <translation>تثبيت الوقت والقاعة</translation>
        </message>
        <message>
            <source>Show {name}'s week</source>
            <translation>عرض أسبوع {name}</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>إلغاء التثبيت</translation>
        </message>
        <message>
            <source>Unpin all visible</source>
            <translation>إلغاء تثبيت كل الظاهر</translation>
        </message>
        <message>
            <source>Unplace</source>
            <translation>إزالة من الجدول</translation>
        </message>
    </context>
    <context>
        <name>SessionType</name>
        <message>
            <source>lecture</source>
            <translation>محاضرة</translation>
        </message>
        <message>
            <source>practical</source>
            <translation>عملي</translation>
        </message>
        <message>
            <source>tutorial</source>
            <translation>تمارين</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Change the preferred block lengths</source>
            <translation>تغيير أطوال الكتل المفضّلة</translation>
        </message>
        <message>
            <source>Change the preferred hours</source>
            <translation>تغيير الساعات المفضّلة</translation>
        </message>
        <message>
            <source>Change the time zone</source>
            <translation>تغيير المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Change the weight profile</source>
            <translation>تغيير ملف الأوزان</translation>
        </message>
        <message>
            <source>General (every soft constraint has its usual weight)</source>
            <translation>عام (لكل قيد مرن وزنه المعتاد)</translation>
        </message>
        <message>
            <source>ITC-2007 (only the four competition penalties)</source>
            <translation>ITC-2007 (العقوبات الأربع للمسابقة فقط)</translation>
        </message>
        <message>
            <source>Practical block lengths that are preferred, e.g. 2+3; empty: any</source>
            <translation>أطوال الكتل العملية المفضّلة، مثل 2+3؛ فارغ: أي طول</translation>
        </message>
        <message>
            <source>Preferred hours:</source>
            <translation>الساعات المفضّلة:</translation>
        </message>
        <message>
            <source>Preferred practical blocks:</source>
            <translation>الكتل العملية المفضّلة:</translation>
        </message>
        <message>
            <source>Room capacity hard</source>
            <translation>سعة القاعة صارمة</translation>
        </message>
        <message>
            <source>Room capacity is a hard constraint</source>
            <translation>سعة القاعة قيد صارم</translation>
        </message>
        <message>
            <source>Room capacity soft</source>
            <translation>سعة القاعة مرنة</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>المنطقة الزمنية للنظام ({zone})</translation>
        </message>
        <message>
            <source>Teaching after this period counts against Outside preferred hours</source>
            <translation>التدريس بعد هذه الفترة يُحتسب في «خارج الساعات المفضّلة»</translation>
        </message>
        <message>
            <source>Teaching before this period counts against Outside preferred hours</source>
            <translation>التدريس قبل هذه الفترة يُحتسب في «خارج الساعات المفضّلة»</translation>
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
            <source>Weight profile:</source>
            <translation>ملف الأوزان:</translation>
        </message>
        <message>
            <source>When checked, no session may go to a room with fewer seats than attendees; otherwise each missing seat costs the weight of Room capacity overflow.</source>
            <translation>عند التحديد، لا تذهب أي حصة إلى قاعة مقاعدها أقل من الحاضرين؛ وإلا فكل مقعد ناقص يكلّف وزن «تجاوز سعة القاعة».</translation>
        </message>
        <message>
            <source>Which default weights fill in the weights you have not set</source>
            <translation>أي أوزان افتراضية تكمل الأوزان التي لم تحدّدها</translation>
        </message>
        <message>
            <source>any length</source>
            <translation>أي طول</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>«{zone}» ليست منطقة زمنية معروفة (مثل Europe/Madrid).</translation>
        </message>
    </context>
    <context>
        <name>SolveController</name>
        <message>
            <source>Keep the timetable on screen</source>
            <translation>الإبقاء على الجدول المعروض</translation>
        </message>
        <message>
            <source>Solve ({run})</source>
            <translation>الحل ({run})</translation>
        </message>
        <message>
            <source>Solve anyway?</source>
            <translation>الحل على أي حال؟</translation>
        </message>
        <message>
            <source>Solve anyway? The run keeps the rest of the timetable clear of clashes where it can; {rest}</source>
            <translation>الحل على أي حال؟ يبقي التشغيل بقية الجدول خالياً من التعارضات حيث أمكن؛ {rest}</translation>
        </message>
        <message>
            <source>Some of the teaching cannot fit into the free time available:</source>
            <translation>جزء من التدريس لا يتسع له الوقت المتاح:</translation>
        </message>
        <message>
            <source>Store {run}</source>
            <translation>حفظ {run}</translation>
        </message>
        <message>
            <source>The data could not be checked; see the Diagnostics panel.</source>
            <translation>تعذّر فحص البيانات؛ راجع لوحة التشخيص.</translation>
        </message>
        <message numerus="yes">
            <source>The data has %n error(s); fix them before solving (see the Diagnostics panel).</source>
            <translation>
                <numerusform>لا أخطاء في البيانات.</numerusform>
                <numerusform>في البيانات خطأ واحد؛ صحّحه قبل الحل (راجع لوحة التشخيص).</numerusform>
                <numerusform>في البيانات خطآن؛ صحّحهما قبل الحل (راجع لوحة التشخيص).</numerusform>
                <numerusform>في البيانات %n أخطاء؛ صحّحها قبل الحل (راجع لوحة التشخيص).</numerusform>
                <numerusform>في البيانات %n خطأً؛ صحّحها قبل الحل (راجع لوحة التشخيص).</numerusform>
                <numerusform>في البيانات %n خطأ؛ صحّحها قبل الحل (راجع لوحة التشخيص).</numerusform>
            </translation>
        </message>
        <message>
            <source>The timetable on screen was kept</source>
            <translation>تم الإبقاء على الجدول المعروض</translation>
        </message>
        <message>
            <source>Use {run}</source>
            <translation>استخدام {run}</translation>
        </message>
        <message>
            <source>Use {run} anyway</source>
            <translation>استخدام {run} على أي حال</translation>
        </message>
        <message>
            <source>the teaching that does not fit breaks hard constraints.</source>
            <translation>التدريس الذي لا يتسع يخرق قيوداً صارمة.</translation>
        </message>
        <message>
            <source>what cannot fit is left unplaced.</source>
            <translation>ما لا يتسع يبقى دون تحديد موعد.</translation>
        </message>
        <message>
            <source>{run} belonged to the project that was closed; its result was dropped.</source>
            <translation>{run} كان يخص المشروع الذي أُغلق؛ تم تجاهل نتيجته.</translation>
        </message>
        <message>
            <source>{run} ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>انتهى {run} بنتيجة أسوأ ({hard} صارمة، مرنة {soft}) من الجدول المعروض ({screen_hard} صارمة، مرنة {screen_soft})، لذا يبقى الأفضل. يُحفظ {run} في عمليات التشغيل.</translation>
        </message>
        <message>
            <source>{run} was kept in Runs, but the data changed during the run, so its timetable was not applied.</source>
            <translation>حُفظ {run} في عمليات التشغيل، لكن البيانات تغيّرت أثناء التشغيل، فلم يُطبَّق جدوله.</translation>
        </message>
        <message>
            <source>{run} was stopped early and ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>أُوقف {run} مبكراً وانتهى بنتيجة أسوأ ({hard} صارمة، مرنة {soft}) من الجدول المعروض ({screen_hard} صارمة، مرنة {screen_soft})، لذا يبقى الأفضل. يُحفظ {run} في عمليات التشغيل.</translation>
        </message>
        <message>
            <source>{run}: {hard} hard, {soft} soft</source>
            <translation>{run}: {hard} صارمة، {soft} مرنة</translation>
        </message>
        <message>
            <source>…and {count} more (see the Diagnostics panel).</source>
            <translation>…و{count} أخرى (راجع لوحة التشخيص).</translation>
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
            <source>hard</source>
            <translation>صارمة</translation>
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
            <source>soft</source>
            <translation>مرنة</translation>
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
        <name>TableEditor</name>
        <message>
            <source>+ New row: click here, then paste rows (Ctrl+V) — or double-click to add one</source>
            <translation>+ صف جديد: انقر هنا ثم الصق صفوفًا (Ctrl+V)، أو انقر نقرًا مزدوجًا لإضافة صف</translation>
        </message>
        <message>
            <source>Add a row to {table}</source>
            <translation>إضافة صف إلى {table}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows.</source>
            <translation>
                <numerusform>لم يُنسخ أي صف.</numerusform>
                <numerusform>نُسخ صف واحد.</numerusform>
                <numerusform>نُسخ صفان.</numerusform>
                <numerusform>نُسخت %n صفوف.</numerusform>
                <numerusform>نُسخ %n صفًا.</numerusform>
                <numerusform>نُسخ %n صف.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete anyway?</source>
            <translation>هل تريد الحذف رغم ذلك؟</translation>
        </message>
        <message>
            <source>Delete rows</source>
            <translation>حذف الصفوف</translation>
        </message>
        <message>
            <source>Delete {ids} from {table}</source>
            <translation>حذف {ids} من {table}</translation>
        </message>
        <message>
            <source>Deleting {ids} from {table} also changes:</source>
            <translation>حذف {ids} من {table} يغيّر أيضًا:</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n rows of {table}</source>
            <translation>
                <numerusform>تكرار %n صف من {table}</numerusform>
                <numerusform>تكرار صف واحد من {table}</numerusform>
                <numerusform>تكرار صفين من {table}</numerusform>
                <numerusform>تكرار %n صفوف من {table}</numerusform>
                <numerusform>تكرار %n صفًا من {table}</numerusform>
                <numerusform>تكرار %n صف من {table}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit {row}: {column}</source>
            <translation>تحرير {row}: {column}</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>تصفية…</translation>
        </message>
        <message>
            <source>First choose a row of {table}.</source>
            <translation>اختر أولًا صفًا من {table}.</translation>
        </message>
        <message>
            <source>New course {id}</source>
            <translation>مقرر جديد {id}</translation>
        </message>
        <message>
            <source>New group {id}</source>
            <translation>مجموعة جديدة {id}</translation>
        </message>
        <message>
            <source>New instructor {id}</source>
            <translation>مدرّس جديد {id}</translation>
        </message>
        <message>
            <source>No row can be added to {table} here.</source>
            <translation>لا يمكن إضافة صف إلى {table} هنا.</translation>
        </message>
        <message>
            <source>No row of {table} can be deleted here.</source>
            <translation>لا يمكن حذف صف من {table} هنا.</translation>
        </message>
        <message>
            <source>No row of {table} can be duplicated here.</source>
            <translation>لا يمكن تكرار صف من {table} هنا.</translation>
        </message>
        <message>
            <source>Nothing pasted.</source>
            <translation>لم يُلصق شيء.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells into {table}</source>
            <translation>
                <numerusform>لصق %n خلية في {table}</numerusform>
                <numerusform>لصق خلية واحدة في {table}</numerusform>
                <numerusform>لصق خليتين في {table}</numerusform>
                <numerusform>لصق %n خلايا في {table}</numerusform>
                <numerusform>لصق %n خلية في {table}</numerusform>
                <numerusform>لصق %n خلية في {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n rows.</source>
            <translation>
                <numerusform>لم يُلصق أي صف.</numerusform>
                <numerusform>أُلصق صف واحد.</numerusform>
                <numerusform>أُلصق صفان.</numerusform>
                <numerusform>أُلصقت %n صفوف.</numerusform>
                <numerusform>أُلصق %n صفًا.</numerusform>
                <numerusform>أُلصق %n صف.</numerusform>
            </translation>
        </message>
        <message>
            <source>Room {id}</source>
            <translation>قاعة {id}</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: the table has only {count} columns.</source>
            <translation>الصف {row}، العمود {column}: في الجدول {count} أعمدة فقط.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: this column cannot be edited.</source>
            <translation>الصف {row}، العمود {column}: لا يمكن تحرير هذا العمود.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: {problem}</source>
            <translation>الصف {row}، العمود {column}: {problem}</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>الصف {row}: {problem}</translation>
        </message>
        <message>
            <source>Rows pasted here are added at the end of the table.</source>
            <translation>الصفوف الملصقة هنا تُضاف في نهاية الجدول.</translation>
        </message>
        <message>
            <source>Select the rows to delete.</source>
            <translation>حدّد الصفوف المراد حذفها.</translation>
        </message>
        <message>
            <source>Select the rows to duplicate.</source>
            <translation>حدّد الصفوف المراد تكرارها.</translation>
        </message>
        <message>
            <source>The clipboard holds no text to paste.</source>
            <translation>لا تحتوي الحافظة على نص للصق.</translation>
        </message>
        <message>
            <source>The course already has a lecture, a tutorial and a practical.</source>
            <translation>للمقرر محاضرة وتمارين وعملي بالفعل.</translation>
        </message>
        <message>
            <source>The course has no {type} to cut into blocks.</source>
            <translation>ليس للمقرر {type} لتقسيمه إلى كتل.</translation>
        </message>
        <message>
            <source>The day {day} is already in the week.</source>
            <translation>اليوم {day} موجود في الأسبوع بالفعل.</translation>
        </message>
        <message>
            <source>The end {end} must come after the start {start}.</source>
            <translation>يجب أن تأتي النهاية {end} بعد البداية {start}.</translation>
        </message>
        <message>
            <source>The period name {name} is already used.</source>
            <translation>اسم الفترة {name} مستخدم بالفعل.</translation>
        </message>
        <message>
            <source>The start {start} must come before the end {end}.</source>
            <translation>يجب أن تأتي البداية {start} قبل النهاية {end}.</translation>
        </message>
        <message>
            <source>The type must be lecture, tutorial or practical, not {value}.</source>
            <translation>يجب أن يكون النوع lecture أو tutorial أو practical، لا {value}.</translation>
        </message>
        <message>
            <source>The value was not changed.</source>
            <translation>لم تتغير القيمة.</translation>
        </message>
        <message>
            <source>This value</source>
            <translation>هذه القيمة</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>اكتب للتصفية…</translation>
        </message>
        <message>
            <source>Unknown course {item}.</source>
            <translation>مقرر غير معروف {item}.</translation>
        </message>
        <message>
            <source>Unknown instructor {item}.</source>
            <translation>مدرّس غير معروف {item}.</translation>
        </message>
        <message>
            <source>{column} cannot be edited.</source>
            <translation>لا يمكن تحرير {column}.</translation>
        </message>
        <message>
            <source>{item}: start with L, T or P (lecture, tutorial, practical).</source>
            <translation>{item}: ابدأ بـ L أو T أو P (lecture، tutorial، practical).</translation>
        </message>
        <message>
            <source>{item}: the session type must be lecture, tutorial or practical.</source>
            <translation>{item}: يجب أن يكون نوع الحصة lecture أو tutorial أو practical.</translation>
        </message>
        <message>
            <source>{item}: write blocks like 'L 2+2, P 3'.</source>
            <translation>{item}: اكتب الكتل بهذا الشكل 'L 2+2, P 3'.</translation>
        </message>
        <message>
            <source>{pattern} adds up to {sum} periods, but the {type} has {n} a week.</source>
            <translation>مجموع {pattern} هو {sum} فترات، لكن لـ {type} {n} في الأسبوع.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} من {total}</translation>
        </message>
        <message>
            <source>{value} is too large: the highest allowed is {high}.</source>
            <translation>{value} كبيرة جدًا: أعلى قيمة مسموحة هي {high}.</translation>
        </message>
        <message>
            <source>{value} is too small: the lowest allowed is {low}.</source>
            <translation>{value} صغيرة جدًا: أدنى قيمة مسموحة هي {low}.</translation>
        </message>
        <message>
            <source>{value}: a fixed cut is one pattern, e.g. 'fixed 3+3'.</source>
            <translation>{value}: التقسيم الثابت نمط واحد، مثل 'fixed 3+3'.</translation>
        </message>
        <message>
            <source>{value}: write patterns like '3+3; 2+2+2', 'fixed 3+3' or 'any'.</source>
            <translation>{value}: اكتب الأنماط بهذا الشكل '3+3; 2+2+2' أو 'fixed 3+3' أو 'any'.</translation>
        </message>
        <message>
            <source>{value}: write the block range like 'any 2-4' (shortest 1 or more, at most the longest).</source>
            <translation>{value}: اكتب مدى الكتل بهذا الشكل 'any 2-4' (الأقصر 1 أو أكثر، والأطول حدًّا أعلى).</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…</numerusform>
                <numerusform>… وواحد آخر</numerusform>
                <numerusform>… واثنان آخران</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message numerus="yes">
            <source>%n rows into {table}: {new} new, {updated} updated.</source>
            <translation>
                <numerusform>لا صفوف إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
                <numerusform>صف واحد إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
                <numerusform>صفان إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
                <numerusform>%n صفوف إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
                <numerusform>%n صفًا إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
                <numerusform>%n صف إلى {table}: {new} جديد، {updated} محدَّث.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(لا يُستورد)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; (first {rows} rows)</source>
            <translation>&lt;b&gt;معاينة&lt;/b&gt; (أول {rows} صفًا)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>الأعمدة</translation>
        </message>
        <message>
            <source>Could not read the sheet</source>
            <translation>تعذّرت قراءة الورقة</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>عمود الملف</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>القيمة الأولى</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Import a table from {file}</source>
            <translation>استيراد جدول من {file}</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>الاستيراد إلى:</translation>
        </message>
        <message>
            <source>Imports as</source>
            <translation>يُستورد بصفته</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>الورقة:</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>تعذّر استيراد بعض الصفوف</translation>
        </message>
        <message>
            <source>{column} (ignored)</source>
            <translation>{column} (مُتجاهل)</translation>
        </message>
    </context>
    <context>
        <name>TimetableCommand</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>لا حصص</numerusform>
                <numerusform>حصة واحدة</numerusform>
                <numerusform>حصتان</numerusform>
                <numerusform>%n حصص</numerusform>
                <numerusform>%n حصة</numerusform>
                <numerusform>%n حصة</numerusform>
            </translation>
        </message>
        <message>
            <source>(week {name})</source>
            <translation>(الأسبوع {name})</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>حصة واحدة</translation>
        </message>
        <message>
            <source>Move {session} to {when}</source>
            <translation>نقل {session} إلى {when}</translation>
        </message>
        <message>
            <source>Pin room of {sessions}</source>
            <translation>تثبيت قاعة {sessions}</translation>
        </message>
        <message>
            <source>Pin time and room of {sessions}</source>
            <translation>تثبيت وقت {sessions} وقاعتها</translation>
        </message>
        <message>
            <source>Pin time of {sessions}</source>
            <translation>تثبيت وقت {sessions}</translation>
        </message>
        <message numerus="yes">
            <source>Place {session} and move %n other sessions</source>
            <translation>
                <numerusform>وضع {session} دون نقل حصص أخرى</numerusform>
                <numerusform>وضع {session} ونقل حصة أخرى</numerusform>
                <numerusform>وضع {session} ونقل حصتين أخريين</numerusform>
                <numerusform>وضع {session} ونقل %n حصص أخرى</numerusform>
                <numerusform>وضع {session} ونقل %n حصة أخرى</numerusform>
                <numerusform>وضع {session} ونقل %n حصة أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Place {session} and move 1 other session</source>
            <translation>وضع {session} ونقل حصة أخرى</translation>
        </message>
        <message>
            <source>Swap {first} and {second}</source>
            <translation>تبديل {first} و{second}</translation>
        </message>
        <message>
            <source>Unpin room of {sessions}</source>
            <translation>إلغاء تثبيت قاعة {sessions}</translation>
        </message>
        <message>
            <source>Unpin time and room of {sessions}</source>
            <translation>إلغاء تثبيت وقت {sessions} وقاعتها</translation>
        </message>
        <message>
            <source>Unpin time of {sessions}</source>
            <translation>إلغاء تثبيت وقت {sessions}</translation>
        </message>
        <message>
            <source>Unplace {session}</source>
            <translation>إزالة {session} من الجدول</translation>
        </message>
    </context>
    <context>
        <name>TimetableGrid</name>
        <message>
            <source>{room} is not a legal room for this session then.</source>
            <translation>{room} ليست قاعة مسموحاً بها لهذه الجلسة في ذلك الوقت.</translation>
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
            <source>(no instructor)</source>
            <translation>(بلا مدرّس)</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(بلا قاعة)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>كل المجموعات</translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>كل المجموعات أو كل القاعات للأسبوع كله</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>كل القاعات</translation>
        </message>
        <message>
            <source>Attendees: {groups}</source>
            <translation>الحضور: {groups}</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>كلاهما</translation>
        </message>
        <message numerus="yes">
            <source>Careful: this adds %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>تنبيه: لا يضيف هذا مخالفات صارمة (مرنة {soft}).</numerusform>
                <numerusform>تنبيه: يضيف هذا مخالفة صارمة واحدة (مرنة {soft}).</numerusform>
                <numerusform>تنبيه: يضيف هذا مخالفتين صارمتين (مرنة {soft}).</numerusform>
                <numerusform>تنبيه: يضيف هذا %n مخالفات صارمة (مرنة {soft}).</numerusform>
                <numerusform>تنبيه: يضيف هذا %n مخالفة صارمة (مرنة {soft}).</numerusform>
                <numerusform>تنبيه: يضيف هذا %n مخالفة صارمة (مرنة {soft}).</numerusform>
            </translation>
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
            <source>Instructor: {instructor}</source>
            <translation>المدرّس: {instructor}</translation>
        </message>
        <message>
            <source>No hard violation is added; the soft score changes by {soft}.</source>
            <translation>لا تُضاف مخالفات صارمة؛ تتغير نتيجة القيود المرنة بمقدار {soft}.</translation>
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
            <source>Pinned: room (the solver keeps it; right-click to unpin)</source>
            <translation>مثبّتة: القاعة (يبقيها المُحلّل؛ انقر بالزر الأيمن لإلغاء التثبيت)</translation>
        </message>
        <message>
            <source>Pinned: time (the solver keeps it; right-click to unpin)</source>
            <translation>مثبّتة: الوقت (يبقيه المُحلّل؛ انقر بالزر الأيمن لإلغاء التثبيت)</translation>
        </message>
        <message>
            <source>Pinned: time and room (the solver keeps them; right-click to unpin)</source>
            <translation>مثبّتة: الوقت والقاعة (يبقيهما المُحلّل؛ انقر بالزر الأيمن لإلغاء التثبيت)</translation>
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
            <source>Room: {room}</source>
            <translation>القاعة: {room}</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>شغّل المُحلّل من هذا الجدول؛ تبقى الحصص المثبّتة في أماكنها</translation>
        </message>
        <message>
            <source>Show both weeks: week {a} in the left half of a cell, week {b} in the right half; a session taught every week fills the cell</source>
            <translation>عرض الأسبوعين: الأسبوع {a} في النصف الأيسر من الخلية والأسبوع {b} في النصف الأيمن؛ والحصة التي تُدرَّس كل أسبوع تملأ الخلية</translation>
        </message>
        <message>
            <source>Show week {name}: its sessions and those taught every week</source>
            <translation>عرض الأسبوع {name}: حصصه والحصص التي تُدرَّس كل أسبوع</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>عرض:</translation>
        </message>
        <message>
            <source>Swap sessions</source>
            <translation>تبديل الحصص</translation>
        </message>
        <message>
            <source>Swap the times of {first} and {second}? Each keeps its room, and both times get pinned.</source>
            <translation>هل تريد تبديل وقتي {first} و{second}؟ تحتفظ كل منهما بقاعتها، ويُثبَّت الوقتان كلاهما.</translation>
        </message>
        <message>
            <source>Taught every other week: week {name} only</source>
            <translation>تُدرَّس كل أسبوعين: في الأسبوع {name} فقط</translation>
        </message>
        <message numerus="yes">
            <source>This removes %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>يزيل هذا أي مخالفات صارمة (مرنة {soft}).</numerusform>
                <numerusform>يزيل هذا مخالفة صارمة واحدة (مرنة {soft}).</numerusform>
                <numerusform>يزيل هذا مخالفتين صارمتين (مرنة {soft}).</numerusform>
                <numerusform>يزيل هذا %n مخالفات صارمة (مرنة {soft}).</numerusform>
                <numerusform>يزيل هذا %n مخالفة صارمة (مرنة {soft}).</numerusform>
                <numerusform>يزيل هذا %n مخالفة صارمة (مرنة {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>غير موزعة ({count})</translation>
        </message>
        <message>
            <source>Week {name}</source>
            <translation>الأسبوع {name}</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>غير مسموح</translation>
        </message>
        <message>
            <source>soft {change}</source>
            <translation>مرنة {change}</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>الأسبوع {name}</translation>
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
            <source>Conflicts</source>
            <translation>التعارضات</translation>
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
        <message>
            <source>hard</source>
            <translation>صارمة</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>مرنة</translation>
        </message>
    </context>
    <context>
        <name>WeekCycleEditor</name>
        <message>
            <source>A two-week cycle needs a name for each week.</source>
            <translation>تحتاج دورة الأسبوعين إلى اسم لكل أسبوع.</translation>
        </message>
        <message>
            <source>Rename the weeks</source>
            <translation>إعادة تسمية الأسبوعين</translation>
        </message>
        <message>
            <source>Teach some components every other week: a session is taught every week, or in the first or the second week of the cycle only</source>
            <translation>تدريس بعض المكوّنات كل أسبوعين: تُدرَّس الحصة كل أسبوع، أو في الأسبوع الأول أو الثاني من الدورة فقط</translation>
        </message>
        <message>
            <source>The name of week {n} of the cycle</source>
            <translation>اسم الأسبوع {n} من الدورة</translation>
        </message>
        <message>
            <source>The two weeks need different names.</source>
            <translation>يجب أن يكون للأسبوعين اسمان مختلفان.</translation>
        </message>
        <message>
            <source>Two-week cycle (A/B)</source>
            <translation>دورة من أسبوعين (A/B)</translation>
        </message>
        <message>
            <source>Two-week cycle off</source>
            <translation>دورة الأسبوعين معطّلة</translation>
        </message>
        <message>
            <source>Two-week cycle on</source>
            <translation>دورة الأسبوعين مفعّلة</translation>
        </message>
        <message>
            <source>Weeks:</source>
            <translation>الأسابيع:</translation>
        </message>
    </context>
</TS>
