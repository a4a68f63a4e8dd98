<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <source>&lt;b&gt;Availability of {what}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Disponibilidade de {what}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed slots&lt;/b&gt; of the whole institution</source>
            <translation>&lt;b&gt;Horários fechados&lt;/b&gt; de toda a instituição</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponível</translation>
        </message>
        <message>
            <source>Click or drag over the grid to paint (or use the arrow keys and Space). Breaks are hatched; dotted cells are closed for everyone.</source>
            <translation>Clique ou arraste sobre a grade para pintar (ou use as setas e Espaço). Os intervalos aparecem hachurados; as células pontilhadas estão fechadas para todos.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechado</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nada selecionado</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <source>Paint availability of {what}</source>
            <translation>Pintar a disponibilidade de {what}</translation>
        </message>
        <message>
            <source>Paint closed slots</source>
            <translation>Pintar horários fechados</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferido</translation>
        </message>
        <message>
            <source>Select a row to see its availability.</source>
            <translation>Selecione uma linha para ver a disponibilidade.</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Indisponível</translation>
        </message>
        <message>
            <source>Undesired</source>
            <translation>Indesejado</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message numerus="yes">
            <source>%n preferred</source>
            <translation>
                <numerusform>%n preferido</numerusform>
                <numerusform>%n preferidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unavailable</source>
            <translation>
                <numerusform>%n indisponível</numerusform>
                <numerusform>%n indisponíveis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undesired</source>
            <translation>
                <numerusform>%n indesejado</numerusform>
                <numerusform>%n indesejados</numerusform>
            </translation>
        </message>
        <message>
            <source>A block length</source>
            <translation>Um comprimento de bloco</translation>
        </message>
        <message>
            <source>A hard rule must hold; a soft one costs its weight per unit of violation</source>
            <translation>Uma regra rígida precisa ser cumprida; uma flexível custa seu peso por unidade de violação</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativa</translation>
        </message>
        <message>
            <source>All groups attend together</source>
            <translation>Todas as turmas assistem juntas</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Aplica-se a</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidade</translation>
        </message>
        <message>
            <source>Block lengths per component, e.g. 'L 2+2, P 3'; empty: the default cut</source>
            <translation>Comprimentos dos blocos por componente, p. ex. 'L 2+2, P 3'; vazio: a divisão padrão</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Blocos</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Prédio</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidade</translation>
        </message>
        <message>
            <source>Co-teachers</source>
            <translation>Coprofessores</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <source>Cost of one unit of violation of a soft rule</source>
            <translation>Custo de uma unidade de violação de uma regra flexível</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Disciplinas</translation>
        </message>
        <message>
            <source>Courses and session types the instructor may teach</source>
            <translation>Disciplinas e tipos de aula que o professor pode lecionar</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Each subgroup is taught separately</source>
            <translation>Cada subturma tem aula separadamente</translation>
        </message>
        <message>
            <source>Edit per component in the table below</source>
            <translation>Editar por componente na tabela abaixo</translation>
        </message>
        <message>
            <source>Edit the subgroups in the table below</source>
            <translation>Editar as subturmas na tabela abaixo</translation>
        </message>
        <message>
            <source>Empty: any room</source>
            <translation>Vazio: qualquer sala</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Ativada</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Features the room must have</source>
            <translation>Recursos que a sala precisa ter</translation>
        </message>
        <message>
            <source>Fixed candidates; empty: every qualified instructor</source>
            <translation>Candidatos fixos; vazio: qualquer professor habilitado</translation>
        </message>
        <message>
            <source>Fixed instructors of the components (empty: anyone qualified); added ones join every component, removed ones leave every component</source>
            <translation>Professores fixos dos componentes (vazio: qualquer habilitado); os adicionados entram em todos os componentes, os removidos saem de todos os componentes</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Quinzenal</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Turmas</translation>
        </message>
        <message>
            <source>Groups that want a midday break get one free period in this window</source>
            <translation>As turmas que querem intervalo de almoço ganham um período livre nesta janela</translation>
        </message>
        <message>
            <source>Hard/soft</source>
            <translation>Rígida/flexível</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Professores</translation>
        </message>
        <message>
            <source>Instructors who teach every session together with the chosen one (their clashes and availability count); comma separated ids</source>
            <translation>Professores que ministram cada sessão junto com o escolhido (seus choques e disponibilidade contam); identificadores separados por vírgulas</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Conjunta</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>Teórica</translation>
        </message>
        <message>
            <source>Lecture periods</source>
            <translation>Períodos de aula teórica</translation>
        </message>
        <message>
            <source>Lecture periods per week</source>
            <translation>Períodos de aula teórica por semana</translation>
        </message>
        <message>
            <source>Max/day</source>
            <translation>Máx./dia</translation>
        </message>
        <message>
            <source>Midday break</source>
            <translation>Intervalo de almoço</translation>
        </message>
        <message>
            <source>Midday window</source>
            <translation>Janela de almoço</translation>
        </message>
        <message>
            <source>Min days</source>
            <translation>Mín. de dias</translation>
        </message>
        <message>
            <source>Most periods a day (0: no limit)</source>
            <translation>Máximo de períodos por dia (0: sem limite)</translation>
        </message>
        <message>
            <source>Most periods a day the instructor should teach (0: no limit)</source>
            <translation>Máximo de períodos por dia que o professor deve lecionar (0: sem limite)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Needs a room</source>
            <translation>Precisa de sala</translation>
        </message>
        <message>
            <source>Needs an instructor</source>
            <translation>Precisa de professor</translation>
        </message>
        <message>
            <source>Nothing is taught in a break</source>
            <translation>Não há aula durante um intervalo</translation>
        </message>
        <message>
            <source>Off: taught without a room (a sports or online lesson); its sessions get no room</source>
            <translation>Desligado: ministrado sem sala (esporte ou aula on-line); suas sessões não recebem sala</translation>
        </message>
        <message>
            <source>Off: taught without an instructor; its sessions get none</source>
            <translation>Desligado: ministrado sem professor; suas sessões não recebem nenhum</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ativada</translation>
        </message>
        <message>
            <source>Only active rules count</source>
            <translation>Só as regras ativas contam</translation>
        </message>
        <message>
            <source>Paint the group's unavailable periods in the grid beside the table</source>
            <translation>Pintar os períodos em que a turma está indisponível na grade ao lado da tabela</translation>
        </message>
        <message>
            <source>Paint the room's unavailable periods in the grid beside the table</source>
            <translation>Pintar os períodos em que a sala está indisponível na grade ao lado da tabela</translation>
        </message>
        <message>
            <source>Paint unavailable, preferred and undesired periods in the grid beside the table</source>
            <translation>Pintar períodos indisponíveis, preferidos e indesejados na grade ao lado da tabela</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Padrões</translation>
        </message>
        <message>
            <source>Penalty per unit of violation; 0 switches it off</source>
            <translation>Penalidade por unidade de violação; 0 a desativa</translation>
        </message>
        <message>
            <source>Per subgroup</source>
            <translation>Por subturma</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Periods per week</source>
            <translation>Períodos por semana</translation>
        </message>
        <message>
            <source>Periods/week</source>
            <translation>Períodos/semana</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Prática</translation>
        </message>
        <message>
            <source>Practical periods</source>
            <translation>Períodos de aula prática</translation>
        </message>
        <message>
            <source>Practical periods per week</source>
            <translation>Períodos de aula prática por semana</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Habilitações</translation>
        </message>
        <message>
            <source>Room type</source>
            <translation>Tipo de sala</translation>
        </message>
        <message>
            <source>Room types</source>
            <translation>Tipos de sala</translation>
        </message>
        <message>
            <source>Seats in the room</source>
            <translation>Lugares na sala</translation>
        </message>
        <message>
            <source>Session lengths, e.g. 2+1; empty: the default cut</source>
            <translation>Durações das aulas, p. ex. 2+1; vazio: a divisão padrão</translation>
        </message>
        <message>
            <source>Sessions that need a room type only go to rooms of that type</source>
            <translation>Aulas que pedem um tipo de sala só vão para salas desse tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Spread each section over at least this many days</source>
            <translation>Distribuir cada seção em pelo menos este número de dias</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Students in the group</source>
            <translation>Alunos da turma</translation>
        </message>
        <message>
            <source>Subgroup</source>
            <translation>Subturma</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subturmas</translation>
        </message>
        <message>
            <source>Switch the constraint on or off</source>
            <translation>Ativar ou desativar a restrição</translation>
        </message>
        <message>
            <source>Taught every other week (needs a two-week cycle in the time grid): the periods are those of the fortnight, each block taught in week A or B</source>
            <translation>Lecionada quinzenalmente (exige um ciclo de duas semanas na grade horária): os períodos são os da quinzena, cada bloco é lecionado na semana A ou B</translation>
        </message>
        <message>
            <source>The block patterns the solver may choose: 'any' (every cut between the default shortest and longest block), 'any 2-4' (blocks of 2 to 4 periods), '3+3; 2+2+2' (a list), or one pattern such as '3+3' (fixed)</source>
            <translation>Os padrões de blocos que o otimizador pode escolher: 'any' (qualquer divisão entre o bloco padrão mais curto e o mais longo), 'any 2-4' (blocos de 2 a 4 períodos), '3+3; 2+2+2' (uma lista) ou um único padrão como '3+3' (fixo)</translation>
        </message>
        <message>
            <source>The courses the group takes</source>
            <translation>As disciplinas que a turma cursa</translation>
        </message>
        <message>
            <source>The group wants a free period in the midday window</source>
            <translation>A turma quer um período livre na janela de almoço</translation>
        </message>
        <message>
            <source>The groups that take this course (edits the groups' course lists)</source>
            <translation>As turmas que cursam esta disciplina (edita as listas de disciplinas das turmas)</translation>
        </message>
        <message>
            <source>The kind of rule (the rule catalogue)</source>
            <translation>O tipo de regra (o catálogo de regras)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Tutorial</source>
            <translation>Tutoria</translation>
        </message>
        <message>
            <source>Tutorial periods</source>
            <translation>Períodos de tutoria</translation>
        </message>
        <message>
            <source>Tutorial periods per week</source>
            <translation>Períodos de tutoria por semana</translation>
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
            <translation>O que ela conta</translation>
        </message>
        <message>
            <source>Whom or what the rule is about: instructors, groups, lessons, rooms, or all of a kind</source>
            <translation>De quem ou do que a regra trata: professores, turmas, aulas, salas ou todos de um tipo</translation>
        </message>
        <message>
            <source>always available</source>
            <translation>sempre disponível</translation>
        </message>
        <message>
            <source>name=value; separated by ';' (slots: 'Mon P1, Tue P2')</source>
            <translation>nome=valor; separados por ';' (horários: 'Mon P1, Tue P2')</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>{what} must be a clock time like 08:30, not {text}.</source>
            <translation>{what} deve ser um horário como 08:30, não {text}.</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text}.</source>
            <translation>{what} deve ser um número inteiro, não {text}.</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum}, not {number}.</source>
            <translation>{what} deve ser pelo menos {minimum}, não {number}.</translation>
        </message>
        <message>
            <source>{what} must be yes or no, not {value}.</source>
            <translation>{what} deve ser sim ou não, não {value}.</translation>
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
            <translation>Mover as outras</translation>
        </message>
        <message>
            <source>Moving the sessions in the way makes room for it:</source>
            <translation>Mover as aulas que estão no caminho abre espaço para ela:</translation>
        </message>
        <message>
            <source>Place anyway</source>
            <translation>Alocar mesmo assim</translation>
        </message>
        <message>
            <source>Place it here and move the sessions in its way as listed</source>
            <translation>Alocá-la aqui e mover as aulas que estão no caminho como listado</translation>
        </message>
        <message>
            <source>Place it here; its conflicts show in the grid and the list</source>
            <translation>Alocá-la aqui; seus conflitos aparecem na grade e na lista</translation>
        </message>
        <message>
            <source>This place is not allowed</source>
            <translation>Este lugar não é permitido</translation>
        </message>
        <message>
            <source>Total change of the score: {change}.</source>
            <translation>Variação total da pontuação: {change}.</translation>
        </message>
        <message>
            <source>hard {hard}, soft {soft}</source>
            <translation>rígidas {hard}, flexíveis {soft}</translation>
        </message>
        <message>
            <source>unplaced</source>
            <translation>não alocada</translation>
        </message>
        <message>
            <source>{session} cannot go there without breaking hard constraints:</source>
            <translation>{session} não pode ir para lá sem violar restrições rígidas:</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} em {room}</translation>
        </message>
    </context>
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>&amp;Adicionar linha</translation>
        </message>
        <message>
            <source>&amp;Copy Cells</source>
            <translation>&amp;Copiar células</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;Excluir linhas</translation>
        </message>
        <message>
            <source>&amp;Paste Cells</source>
            <translation>C&amp;olar células</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>Adicionar uma linha à tabela</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Componentes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Restrições</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>Copiar as células selecionadas como texto separado por tabulações</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Disciplinas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>Excluir as linhas selecionadas</translation>
        </message>
        <message>
            <source>Dup&amp;licate Rows</source>
            <translation>D&amp;uplicar linhas</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>Duplicar as linhas selecionadas com novos identificadores</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Turmas</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Professores</translation>
        </message>
        <message>
            <source>Paste tab-separated text (from a spreadsheet) at the current cell</source>
            <translation>Colar texto separado por tabulações (de uma planilha) na célula atual</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Períodos</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salas</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <source>Soft constraints</source>
            <translation>Restrições flexíveis</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subturmas</translation>
        </message>
        <message>
            <source>Time grid</source>
            <translation>Grade horária</translation>
        </message>
    </context>
    <context>
        <name>DataExporter</name>
        <message>
            <source>&amp;Export data</source>
            <translation>Exportar &amp;dados</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>Pasta de trabalho do Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exportar dados</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>Dados exportados para {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento do Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documentos do Schedule Engine (*.json)</translation>
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
            <translation>Pasta de dados do campus…</translation>
        </message>
        <message>
            <source>ITC-2007 instance (.ctt)…</source>
            <translation>Instância ITC-2007 (.ctt)…</translation>
        </message>
        <message>
            <source>Import ITC-2007 instance</source>
            <translation>Importar instância ITC-2007</translation>
        </message>
        <message>
            <source>Import Schedule Engine document</source>
            <translation>Importar documento do Schedule Engine</translation>
        </message>
        <message>
            <source>Import a table</source>
            <translation>Importar uma tabela</translation>
        </message>
        <message>
            <source>Import {table} from {file}</source>
            <translation>Importar {table} de {file}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Documento do Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documentos do Schedule Engine (*.json)</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>Tabela de CSV ou XLSX…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Tabelas (*.csv *.xlsx *.xlsm);;Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{done}: {added} added, {updated} updated</source>
            <translation>{done}: {added} adicionadas, {updated} atualizadas</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPanel</name>
        <message>
            <source> — looking for remedies…</source>
            <translation> — procurando soluções…</translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n erro</numerusform>
                <numerusform>%n erros</numerusform>
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
                <numerusform>; %n solução verificada sob os déficits</numerusform>
                <numerusform>; %n soluções verificadas sob os déficits</numerusform>
            </translation>
        </message>
        <message>
            <source>; could not look for remedies: {error}</source>
            <translation>; não foi possível procurar soluções: {error}</translation>
        </message>
        <message>
            <source>Another room</source>
            <translation>Outra sala</translation>
        </message>
        <message>
            <source>Another teacher</source>
            <translation>Outro docente</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Apply changes: {changes}.</source>
            <translation>Aplicar alterações: {changes}.</translation>
        </message>
        <message>
            <source>Apply remedy: {remedy}</source>
            <translation>Aplicar solução: {remedy}</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Alterações:</translation>
        </message>
        <message>
            <source>Checking the changed data…</source>
            <translation>Verificando os dados alterados…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>Could not apply the remedy: {error}</source>
            <translation>Não foi possível aplicar a solução: {error}</translation>
        </message>
        <message>
            <source>Could not check the data: {error}</source>
            <translation>Não foi possível verificar os dados: {error}</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erro</translation>
        </message>
        <message>
            <source>Fewer periods</source>
            <translation>Menos períodos</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Informação</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Joint teaching</source>
            <translation>Ensino conjunto</translation>
        </message>
        <message>
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>Aplicar a alteração da solução selecionada (desfeita em um passo) e verificar de novo</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Mais tempo</translation>
        </message>
        <message>
            <source>No problems found in the data.</source>
            <translation>Nenhum problema encontrado nos dados.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Nenhum problema encontrado.</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Ainda não verificado</translation>
        </message>
        <message>
            <source>Other blocks</source>
            <translation>Outros blocos</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>Solução</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>Selecione uma solução sob um déficit para aplicá-la.</translation>
        </message>
        <message>
            <source>Select it and press Apply to make the change.</source>
            <translation>Selecione-a e clique em Aplicar para fazer a alteração.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravidade</translation>
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
            <translation>Alterações flexíveis: {changes}</translation>
        </message>
        <message>
            <source>That is not a start time of the week.</source>
            <translation>Esse não é um horário de início da semana.</translation>
        </message>
        <message>
            <source>That session is not in the data any more.</source>
            <translation>Essa aula não está mais nos dados.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} na sala {room}</translation>
        </message>
        <message>
            <source>{when}, week {week}</source>
            <translation>{when}, semana {week}</translation>
        </message>
        <message>
            <source>{when}: legal, soft {change}</source>
            <translation>{when}: permitido, flexíveis {change}</translation>
        </message>
        <message>
            <source>{when}: not allowed</source>
            <translation>{when}: não permitido</translation>
        </message>
    </context>
    <context>
        <name>EntitySelector</name>
        <message>
            <source>Groups</source>
            <translation>Turmas</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Professores</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salas</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Pesquisar…</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>%n warnings: the data was read, but check these points.</source>
            <translation>
                <numerusform>%n aviso: os dados foram lidos, mas confira este ponto.</numerusform>
                <numerusform>%n avisos: os dados foram lidos, mas confira estes pontos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalhes…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Permission denied: {file}</source>
            <translation>Permissão negada: {file}</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <source>Something went wrong that the application did not expect. ({error})</source>
            <translation>Ocorreu um erro que o aplicativo não esperava. ({error})</translation>
        </message>
        <message numerus="yes">
            <source>The data could not be used: %n problems found.</source>
            <translation>
                <numerusform>Os dados não podem ser usados: %n problema encontrado.</numerusform>
                <numerusform>Os dados não podem ser usados: %n problemas encontrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file was not found: {file}</source>
            <translation>Arquivo não encontrado: {file}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erro inesperado</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Local</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n sessions are not placed.</source>
            <translation>
                <numerusform>%n aula não está alocada.</numerusform>
                <numerusform>%n aulas não estão alocadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions are placed.</source>
            <translation>
                <numerusform>Todas as aulas estão alocadas (%n).</numerusform>
                <numerusform>Todas as %n aulas estão alocadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>CSV list of sessions (.csv)</source>
            <translation>Lista CSV das aulas (.csv)</translation>
        </message>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>Os eventos do calendário levam o fuso horário da instituição; altere-o nas configurações da instituição.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose at least one group, instructor or room, an overview or the report pages.</source>
            <translation>Escolha pelo menos uma turma, um professor ou uma sala, uma visão geral ou as páginas de relatório.</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Escolha onde salvar a exportação.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Could not export the timetable</source>
            <translation>Não foi possível exportar o horário</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Datas:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Pasta de trabalho do Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportação cancelada; nada foi gravado.</translation>
        </message>
        <message>
            <source>Export into the folder</source>
            <translation>Exportar para a pasta</translation>
        </message>
        <message>
            <source>Export timetable</source>
            <translation>Exportar horário</translation>
        </message>
        <message numerus="yes">
            <source>First page of %n pages ({paper}, landscape)</source>
            <translation>
                <numerusform>Página única ({paper}, paisagem)</numerusform>
                <numerusform>Primeira página de %n ({paper}, paisagem)</numerusform>
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
            <translation>Nome:</translation>
        </message>
        <message>
            <source>No overview</source>
            <translation>Sem visão geral</translation>
        </message>
        <message numerus="yes">
            <source>No timetable yet: none of the %n sessions is placed.</source>
            <translation>
                <numerusform>Ainda não há horário: nenhuma aula está alocada (%n no total).</numerusform>
                <numerusform>Ainda não há horário: nenhuma das %n aulas está alocada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing chosen to print.</source>
            <translation>Nada escolhido para imprimir.</translation>
        </message>
        <message>
            <source>One calendar file for everything</source>
            <translation>Um único arquivo de calendário para tudo</translation>
        </message>
        <message>
            <source>One overview page per day</source>
            <translation>Uma página de visão geral por dia</translation>
        </message>
        <message>
            <source>One week overview of all groups</source>
            <translation>Uma visão geral da semana com todas as turmas</translation>
        </message>
        <message>
            <source>Overview:</source>
            <translation>Visão geral:</translation>
        </message>
        <message>
            <source>PDF and printing</source>
            <translation>PDF e impressão</translation>
        </message>
        <message>
            <source>PDF booklet (.pdf)</source>
            <translation>Caderno PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
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
            <translation>Imprimir horário</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Report pages: room use, instructor and group load</source>
            <translation>Páginas de relatório: uso das salas, carga dos professores e das turmas</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Salvar o PDF como</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Salvar em:</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Período letivo</translation>
        </message>
        <message>
            <source>The first page as printed</source>
            <translation>A primeira página como será impressa</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>O período letivo termina antes de começar.</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuso horário:</translation>
        </message>
        <message>
            <source>Web pages (HTML folder)</source>
            <translation>Páginas web (pasta HTML)</translation>
        </message>
        <message>
            <source>Week pages for:</source>
            <translation>Páginas semanais de:</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n files to {where}.</source>
            <translation>
                <numerusform>%n arquivo gravado em {where}.</numerusform>
                <numerusform>%n arquivos gravados em {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote 1 file to {where}.</source>
            <translation>Arquivo gravado: {where}.</translation>
        </message>
        <message>
            <source>e.g. Autumn term 2026</source>
            <translation>p. ex. Segundo semestre de 2026</translation>
        </message>
        <message>
            <source>iCalendar files (.ics)</source>
            <translation>Arquivos iCalendar (.ics)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n sessions are not placed; the pages list them.</source>
            <translation>
                <numerusform>{missing} das %n aulas não estão alocadas; as páginas as listam.</numerusform>
                <numerusform>{missing} das %n aulas não estão alocadas; as páginas as listam.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Novo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Limpar lista</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Nenhum projeto recente</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir r&amp;ecente</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Abrir projeto</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Salvar &amp;como…</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Salvar projeto como</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>Salvar as alterações de {name} antes de fechá-lo?</translation>
        </message>
        <message>
            <source>Schedule Engine projects ({pattern})</source>
            <translation>Projetos do Schedule Engine ({pattern})</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
    </context>
    <context>
        <name>FindPlace</name>
        <message>
            <source>Find a place for {session}</source>
            <translation>Encontrar um lugar para {session}</translation>
        </message>
        <message>
            <source>Legal places for {session}, the best first (the change of the soft score):</source>
            <translation>Lugares permitidos para {session}, o melhor primeiro (a variação da pontuação flexível):</translation>
        </message>
        <message>
            <source>Place here</source>
            <translation>Alocar aqui</translation>
        </message>
        <message>
            <source>{session} has no legal place in this timetable. Drop it on a red slot to see what is in the way and the moves that make room.</source>
            <translation>{session} não tem lugar permitido neste horário. Solte-a num horário vermelho para ver o que está no caminho e os movimentos que abrem espaço.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} em {room}</translation>
        </message>
        <message>
            <source>{when} — soft {change}</source>
            <translation>{when} — flexíveis {change}</translation>
        </message>
    </context>
    <context>
        <name>FractionalHoursDialog</name>
        <message>
            <source>Fortnightly: twice the hours every other week, in a two-week cycle (1.5 hours: 3 periods in week A or B)</source>
            <translation>Quinzenal: o dobro de horas a cada duas semanas, num ciclo de duas semanas (1,5 hora: 3 períodos na semana A ou B)</translation>
        </message>
        <message>
            <source>Fractional weekly hours</source>
            <translation>Horas semanais fracionárias</translation>
        </message>
        <message>
            <source>Round up: whole periods every week (1.5 hours: 2 periods)</source>
            <translation>Arredondar para cima: períodos inteiros toda semana (1,5 hora: 2 períodos)</translation>
        </message>
        <message>
            <source>Some courses may have weekly hours that are not whole (1.5 hours a week). How should they be taught?</source>
            <translation>Algumas disciplinas podem ter horas semanais não inteiras (1,5 hora por semana). Como devem ser lecionadas?</translation>
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
            <translation>Idioma do sistema</translation>
        </message>
        <message>
            <source>The new language takes effect the next time Schedule Engine starts.</source>
            <translation>O novo idioma entra em vigor na próxima vez que o Schedule Engine for iniciado.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n disciplina</numerusform>
                <numerusform>%n disciplinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data errors</source>
            <translation>
                <numerusform>%n erro nos dados</numerusform>
                <numerusform>%n erros nos dados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups, </source>
            <translation>
                <numerusform>%n turma, </numerusform>
                <numerusform>%n turmas, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions, </source>
            <translation>
                <numerusform>%n aula, </numerusform>
                <numerusform>%n aulas, </numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About Schedule Engine</source>
            <translation>&amp;Sobre o Schedule Engine</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sai&amp;r</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;Solve</source>
            <translation>&amp;Gerar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guia do usuário</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Sobre o {name}</translation>
        </message>
        <message>
            <source>Build a timetable for the current data (F5)</source>
            <translation>Gerar um horário para os dados atuais (F5)</translation>
        </message>
        <message>
            <source>Builds weekly course timetables for schools and universities, entirely on this computer.</source>
            <translation>Gera horários semanais de aulas para escolas e universidades, inteiramente neste computador.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Data OK</source>
            <translation>Dados corretos</translation>
        </message>
        <message numerus="yes">
            <source>Data OK (%n warnings)</source>
            <translation>
                <numerusform>Dados corretos (%n aviso)</numerusform>
                <numerusform>Dados corretos (%n avisos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Data not checked</source>
            <translation>Dados não verificados</translation>
        </message>
        <message>
            <source>E&amp;xport Timetable…</source>
            <translation>E&amp;xportar horário…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <source>PDF booklet, spreadsheet, CSV, web pages or calendars (Ctrl+E)</source>
            <translation>Caderno PDF, planilha, CSV, páginas web ou calendários (Ctrl+E)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>Par&amp;ar</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} salvo</translation>
        </message>
        <message>
            <source>Text Under Toolbar Icons</source>
            <translation>Texto sob os ícones da barra</translation>
        </message>
        <message>
            <source>The data editors are not available in this build.</source>
            <translation>Os editores de dados não estão disponíveis nesta versão.</translation>
        </message>
        <message>
            <source>The timetable appears here once the data has been solved.</source>
            <translation>O horário aparece aqui quando os dados tiverem sido resolvidos.</translation>
        </message>
        <message>
            <source>The user guide is not part of this installation.</source>
            <translation>O guia do usuário não faz parte desta instalação.</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guia do usuário</translation>
        </message>
        <message>
            <source>{name} (not saved yet)</source>
            <translation>{name} (ainda não salvo)</translation>
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
                <numerusform>%n restrição</numerusform>
                <numerusform>%n restrições</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n disciplina</numerusform>
                <numerusform>%n disciplinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n turma</numerusform>
                <numerusform>%n turmas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instructors</source>
            <translation>
                <numerusform>%n professor</numerusform>
                <numerusform>%n professores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n período</numerusform>
                <numerusform>%n períodos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rooms</source>
            <translation>
                <numerusform>%n sala</numerusform>
                <numerusform>%n salas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rules</source>
            <translation>
                <numerusform>%n regra</numerusform>
                <numerusform>%n regras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subgroups</source>
            <translation>
                <numerusform>%n subturma</numerusform>
                <numerusform>%n subturmas</numerusform>
            </translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Componentes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Restrições</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Disciplinas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Turmas</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Professores</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Períodos</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Linhas</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Subturmas</translation>
        </message>
        <message>
            <source>component</source>
            <translation>componente</translation>
        </message>
        <message>
            <source>constraint</source>
            <translation>restrição</translation>
        </message>
        <message>
            <source>course</source>
            <translation>disciplina</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dia</translation>
        </message>
        <message>
            <source>group</source>
            <translation>turma</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>professor</translation>
        </message>
        <message>
            <source>period</source>
            <translation>período</translation>
        </message>
        <message>
            <source>room</source>
            <translation>sala</translation>
        </message>
        <message>
            <source>row</source>
            <translation>linha</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regra</translation>
        </message>
        <message>
            <source>subgroup</source>
            <translation>subturma</translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>Day overview</source>
            <translation>Visão do dia</translation>
        </message>
        <message>
            <source>Each line: start, course, lec / tut / prac, [{a}] or [{b}]: that week only, the subgroup if only part of the group attends, room.</source>
            <translation>Cada linha: início, disciplina, teór / tut / prát, [{a}] ou [{b}]: só nessa semana, a subturma se só parte da turma assiste, sala.</translation>
        </message>
        <message>
            <source>Each line: start, course, lec(ture) / tut(orial) / prac(tical), the subgroup when only part of the group attends, room.</source>
            <translation>Cada linha: início, disciplina, teór(ica) / tut(oria) / prát(ica), a subturma quando só parte da turma assiste, sala.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Turma</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Made with Schedule Engine</source>
            <translation>Feito com o Schedule Engine</translation>
        </message>
        <message>
            <source>No sessions in this week.</source>
            <translation>Nenhuma aula nesta semana.</translation>
        </message>
        <message>
            <source>No sessions placed in this week.</source>
            <translation>Nenhuma aula alocada nesta semana.</translation>
        </message>
        <message>
            <source>Not placed ({n}): </source>
            <translation>Não alocadas ({n}): </translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Página {number} de {count}</translation>
        </message>
        <message>
            <source>Per student set (subgroup, or the group itself): periods attended per day and idle gaps.</source>
            <translation>Por conjunto de estudantes (subturma, ou a própria turma): períodos assistidos por dia e janelas.</translation>
        </message>
        <message>
            <source>Periods taught per day; idle gaps are free periods between a day's first and last session.</source>
            <translation>Períodos lecionados por dia; as janelas são períodos livres entre a primeira e a última aula do dia.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Impresso em {date}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <source>These sessions have no time in this timetable; solve again or place them by hand.</source>
            <translation>Estas aulas não têm horário nesta grade; resolva de novo ou aloque-as à mão.</translation>
        </message>
        <message>
            <source>Two-week cycle: week {a} left, week {b} right</source>
            <translation>Ciclo de duas semanas: semana {a} à esquerda, semana {b} à direita</translation>
        </message>
        <message>
            <source>Used / available periods per day, summed over the rooms of each type.</source>
            <translation>Períodos usados / disponíveis por dia, somados sobre as salas de cada tipo.</translation>
        </message>
        <message>
            <source>Used / available periods per day; available excludes breaks, closed periods and the room's own unavailable periods.</source>
            <translation>Períodos usados / disponíveis por dia; os disponíveis excluem os intervalos, os períodos fechados e os períodos em que a sala está indisponível.</translation>
        </message>
        <message>
            <source>Week overview: all groups</source>
            <translation>Visão da semana: todas as turmas</translation>
        </message>
        <message>
            <source>Week overview: all instructors</source>
            <translation>Visão da semana: todos os docentes</translation>
        </message>
        <message>
            <source>Week overview: all rooms</source>
            <translation>Visão da semana: todas as salas</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>fechado</translation>
        </message>
        <message>
            <source>lec</source>
            <translation>teór</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>parte {part} de {parts}</translation>
        </message>
        <message>
            <source>prac</source>
            <translation>prát</translation>
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
            <translation>{day}: todas as turmas</translation>
        </message>
        <message>
            <source>{day}: all instructors</source>
            <translation>{day}: todos os docentes</translation>
        </message>
        <message>
            <source>{day}: all rooms</source>
            <translation>{day}: todas as salas</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… e mais {n}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Could not restore the unsaved changes</source>
            <translation>Não foi possível restaurar as alterações não salvas</translation>
        </message>
        <message>
            <source>Discard the recovery copy</source>
            <translation>Descartar a cópia de recuperação</translation>
        </message>
        <message>
            <source>Open without restoring</source>
            <translation>Abrir sem restaurar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore unsaved changes?</source>
            <translation>Restaurar as alterações não salvas?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to an unsaved project from {time}?</source>
            <translation>O {app} foi fechado inesperadamente. Restaurar as alterações de um projeto não salvo de {time}?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to {name} from {time}?</source>
            <translation>O {app} foi fechado inesperadamente. Restaurar as alterações não salvas de {name} de {time}?</translation>
        </message>
        <message>
            <source>“Open without restoring” keeps the recovery copy for the next start.</source>
            <translation>“Abrir sem restaurar” mantém a cópia de recuperação para a próxima inicialização.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message numerus="yes">
            <source>Loads of the current timetable (%n sessions placed).</source>
            <translation>
                <numerusform>Cargas do horário atual (%n aula alocada).</numerusform>
                <numerusform>Cargas do horário atual (%n aulas alocadas).</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions placed yet: every load is zero.</source>
            <translation>Nenhuma aula alocada ainda: todas as cargas são zero.</translation>
        </message>
        <message>
            <source>No timetable yet.</source>
            <translation>Ainda não há horário.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <source>Active (only active rules count)</source>
            <translation>Ativa (só as regras ativas contam)</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Adicionar regra</translation>
        </message>
        <message>
            <source>Add rule {id}</source>
            <translation>Adicionar a regra {id}</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Aplica-se a</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Comentário:</translation>
        </message>
        <message>
            <source>Edit rule {id}</source>
            <translation>Editar a regra {id}</translation>
        </message>
        <message>
            <source>Hard or soft:</source>
            <translation>Rígida ou flexível:</translation>
        </message>
        <message>
            <source>ID:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>This type of rule has no parameters.</source>
            <translation>Este tipo de regra não tem parâmetros.</translation>
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
            <translation>todas as turmas</translation>
        </message>
        <message>
            <source>all instructors</source>
            <translation>todos os professores</translation>
        </message>
        <message>
            <source>all rooms</source>
            <translation>todas as salas</translation>
        </message>
        <message>
            <source>all sessions</source>
            <translation>todas as sessões</translation>
        </message>
        <message>
            <source>component</source>
            <translation>componente</translation>
        </message>
        <message>
            <source>course</source>
            <translation>disciplina</translation>
        </message>
        <message>
            <source>days and periods, e.g. Mon P1, Tue P2</source>
            <translation>dias e períodos, p. ex. Mon P1, Tue P2</translation>
        </message>
        <message>
            <source>group</source>
            <translation>turma</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>professor</translation>
        </message>
        <message>
            <source>room</source>
            <translation>sala</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sessão</translation>
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
            <translation>'{name}': {item} não é um horário; escreva um dia e um período, p. ex. '{example}'.</translation>
        </message>
        <message>
            <source>a rule needs an id.</source>
            <translation>uma regra precisa de um identificador.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>rígida</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>flexível</translation>
        </message>
        <message>
            <source>the id {id} is already used by another rule.</source>
            <translation>o identificador {id} já é usado por outra regra.</translation>
        </message>
        <message>
            <source>write {hard} or {soft}, not {value}.</source>
            <translation>escreva {hard} ou {soft}, não {value}.</translation>
        </message>
        <message>
            <source>{label} is not something a rule applies to: write e.g. 'instructor I1', 'group G1', 'course C1', 'room R1' or 'all instructors'.</source>
            <translation>{label} não é algo a que uma regra se aplique: escreva p. ex. 'instructor I1', 'group G1', 'course C1', 'room R1' ou 'all instructors'.</translation>
        </message>
        <message>
            <source>{label}: write a component as course/session type, e.g. MATH/lecture.</source>
            <translation>{label}: escreva um componente como disciplina/tipo de aula, p. ex. MATH/lecture.</translation>
        </message>
        <message>
            <source>{part}: a '{type}' rule takes the parameters {known}, as name=value.</source>
            <translation>{part}: uma regra '{type}' aceita os parâmetros {known}, como nome=valor.</translation>
        </message>
        <message>
            <source>{text} is not a rule type; choose one of the list (e.g. {example}).</source>
            <translation>{text} não é um tipo de regra; escolha um da lista (p. ex. {example}).</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>Add a rule with a form of its parameters</source>
            <translation>Adicionar uma regra com um formulário dos seus parâmetros</translation>
        </message>
        <message>
            <source>Add a rule with the + button; each row is one rule of the problem. Choose its type, whom it applies to and its parameters in the cells.</source>
            <translation>Adicione uma regra com o botão +; cada linha é uma regra do problema. Escolha nas células o tipo, a quem se aplica e os parâmetros.</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Adicionar regra…</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Aplica-se a</translation>
        </message>
        <message>
            <source>Choose the rule to edit in the table.</source>
            <translation>Escolha na tabela a regra a editar.</translation>
        </message>
        <message>
            <source>Edit rule…</source>
            <translation>Editar regra…</translation>
        </message>
        <message>
            <source>Edit the current rule in a form</source>
            <translation>Editar a regra atual em um formulário</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>default</source>
            <translation>padrão</translation>
        </message>
        <message>
            <source>groups or subgroups</source>
            <translation>turmas ou subturmas</translation>
        </message>
        <message>
            <source>instructors</source>
            <translation>docentes</translation>
        </message>
        <message>
            <source>lessons (sessions, courses, components or tags)</source>
            <translation>aulas (aulas, disciplinas, componentes ou etiquetas)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>rooms</source>
            <translation>salas</translation>
        </message>
    </context>
    <context>
        <name>RunCompare</name>
        <message>
            <source>Change</source>
            <translation>Variação</translation>
        </message>
        <message>
            <source>Compare {first} and {second}</source>
            <translation>Comparar {first} e {second}</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <source>Hard violations (total)</source>
            <translation>Violações rígidas (total)</translation>
        </message>
        <message>
            <source>Soft penalty (total)</source>
            <translation>Penalidade flexível (total)</translation>
        </message>
        <message>
            <source>{differing} of {total} sessions are placed differently (time, room or instructor). Change = {second} − {first}.</source>
            <translation>{differing} de {total} aulas estão alocadas de forma diferente (horário, sala ou professor). Variação = {second} − {first}.</translation>
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
            <translation>Copiar a execução e iniciar a próxima a partir do seu horário.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>Feasible</source>
            <translation>Viável</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Rígidas</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Inviável</translation>
        </message>
        <message>
            <source>Make the selected run's timetable the working timetable.</source>
            <translation>Tornar o horário da execução selecionada o horário de trabalho.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Execuções</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semente</translation>
        </message>
        <message>
            <source>Select two runs to compare their scores and timetables.</source>
            <translation>Selecione duas execuções para comparar suas pontuações e horários.</translation>
        </message>
        <message>
            <source>Soft</source>
            <translation>Flexíveis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Interrompida</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Use this timetable</source>
            <translation>Usar este horário</translation>
        </message>
    </context>
    <context>
        <name>SessionMenu</name>
        <message>
            <source>Find a place…</source>
            <translation>Encontrar um lugar…</translation>
        </message>
        <message>
            <source>Pin all visible</source>
            <translation>Fixar todas as visíveis</translation>
        </message>
        <message>
            <source>Pin room</source>
            <translation>Fixar a sala</translation>
        </message>
        <message>
            <source>Pin time</source>
            <translation>Fixar o horário</translation>
        </message>
        <message>
            <source>Pin time and room</source>
            <translation>Fixar o horário e a sala</translation>
        </message>
        <message>
            <source>Show {name}'s week</source>
            <translation>Mostrar a semana de {name}</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Desafixar</translation>
        </message>
        <message>
            <source>Unpin all visible</source>
            <translation>Desafixar todas as visíveis</translation>
        </message>
        <message>
            <source>Unplace</source>
            <translation>Desalocar</translation>
        </message>
    </context>
    <context>
        <name>SessionType</name>
        <message>
            <source>lecture</source>
            <translation>teórica</translation>
        </message>
        <message>
            <source>practical</source>
            <translation>prática</translation>
        </message>
        <message>
            <source>tutorial</source>
            <translation>tutoria</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Change the preferred block lengths</source>
            <translation>Alterar os comprimentos de bloco preferidos</translation>
        </message>
        <message>
            <source>Change the preferred hours</source>
            <translation>Alterar os horários preferidos</translation>
        </message>
        <message>
            <source>Change the time zone</source>
            <translation>Alterar o fuso horário</translation>
        </message>
        <message>
            <source>Change the weight profile</source>
            <translation>Alterar o perfil de pesos</translation>
        </message>
        <message>
            <source>General (every soft constraint has its usual weight)</source>
            <translation>Geral (cada restrição flexível tem seu peso habitual)</translation>
        </message>
        <message>
            <source>ITC-2007 (only the four competition penalties)</source>
            <translation>ITC-2007 (só as quatro penalidades da competição)</translation>
        </message>
        <message>
            <source>Practical block lengths that are preferred, e.g. 2+3; empty: any</source>
            <translation>Comprimentos preferidos dos blocos práticos, p. ex. 2+3; vazio: qualquer</translation>
        </message>
        <message>
            <source>Preferred hours:</source>
            <translation>Horários preferidos:</translation>
        </message>
        <message>
            <source>Preferred practical blocks:</source>
            <translation>Blocos práticos preferidos:</translation>
        </message>
        <message>
            <source>Room capacity hard</source>
            <translation>Capacidade das salas rígida</translation>
        </message>
        <message>
            <source>Room capacity is a hard constraint</source>
            <translation>A capacidade das salas é uma restrição rígida</translation>
        </message>
        <message>
            <source>Room capacity soft</source>
            <translation>Capacidade das salas flexível</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>Fuso horário do sistema ({zone})</translation>
        </message>
        <message>
            <source>Teaching after this period counts against Outside preferred hours</source>
            <translation>Lecionar depois deste período conta em "Fora dos horários preferidos"</translation>
        </message>
        <message>
            <source>Teaching before this period counts against Outside preferred hours</source>
            <translation>Lecionar antes deste período conta em "Fora dos horários preferidos"</translation>
        </message>
        <message>
            <source>The institution's time zone: calendar events carry it (TZID) and each calendar file describes it (VTIMEZONE)</source>
            <translation>O fuso horário da instituição: os eventos do calendário o levam (TZID) e cada arquivo de calendário o descreve (VTIMEZONE)</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuso horário:</translation>
        </message>
        <message>
            <source>Weight profile:</source>
            <translation>Perfil de pesos:</translation>
        </message>
        <message>
            <source>When checked, no session may go to a room with fewer seats than attendees; otherwise each missing seat costs the weight of Room capacity overflow.</source>
            <translation>Se marcado, nenhuma aula pode ir para uma sala com menos lugares que participantes; caso contrário, cada lugar que falta custa o peso de "Excesso de capacidade da sala".</translation>
        </message>
        <message>
            <source>Which default weights fill in the weights you have not set</source>
            <translation>Quais pesos padrão preenchem os pesos que você não definiu</translation>
        </message>
        <message>
            <source>any length</source>
            <translation>qualquer comprimento</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>“{zone}” não é um fuso horário conhecido (p. ex. America/Sao_Paulo).</translation>
        </message>
    </context>
    <context>
        <name>SolveController</name>
        <message>
            <source>Keep the timetable on screen</source>
            <translation>Manter o horário da tela</translation>
        </message>
        <message>
            <source>Solve ({run})</source>
            <translation>Resolver ({run})</translation>
        </message>
        <message>
            <source>Solve anyway?</source>
            <translation>Resolver mesmo assim?</translation>
        </message>
        <message>
            <source>Solve anyway? The run keeps the rest of the timetable clear of clashes where it can; {rest}</source>
            <translation>Resolver mesmo assim? A execução mantém o restante do horário sem choques onde puder; {rest}</translation>
        </message>
        <message>
            <source>Some of the teaching cannot fit into the free time available:</source>
            <translation>Parte do ensino não cabe no tempo livre disponível:</translation>
        </message>
        <message>
            <source>Store {run}</source>
            <translation>Guardar {run}</translation>
        </message>
        <message>
            <source>The data could not be checked; see the Diagnostics panel.</source>
            <translation>Não foi possível verificar os dados; veja o painel Diagnóstico.</translation>
        </message>
        <message numerus="yes">
            <source>The data has %n error(s); fix them before solving (see the Diagnostics panel).</source>
            <translation>
                <numerusform>Os dados têm %n erro; corrija-o antes de resolver (veja o painel Diagnóstico).</numerusform>
                <numerusform>Os dados têm %n erros; corrija-os antes de resolver (veja o painel Diagnóstico).</numerusform>
            </translation>
        </message>
        <message>
            <source>The timetable on screen was kept</source>
            <translation>O horário da tela foi mantido</translation>
        </message>
        <message>
            <source>Use {run}</source>
            <translation>Usar {run}</translation>
        </message>
        <message>
            <source>Use {run} anyway</source>
            <translation>Usar {run} mesmo assim</translation>
        </message>
        <message>
            <source>the teaching that does not fit breaks hard constraints.</source>
            <translation>o ensino que não cabe viola restrições rígidas.</translation>
        </message>
        <message>
            <source>what cannot fit is left unplaced.</source>
            <translation>o que não cabe fica sem alocação.</translation>
        </message>
        <message>
            <source>{run} belonged to the project that was closed; its result was dropped.</source>
            <translation>{run} pertencia ao projeto que foi fechado; seu resultado foi descartado.</translation>
        </message>
        <message>
            <source>{run} ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} terminou pior ({hard} rígidas, flexíveis {soft}) que o horário da tela ({screen_hard} rígidas, flexíveis {screen_soft}), então o melhor permanece. {run} fica guardado em Execuções.</translation>
        </message>
        <message>
            <source>{run} was kept in Runs, but the data changed during the run, so its timetable was not applied.</source>
            <translation>{run} foi guardado em Execuções, mas os dados mudaram durante a execução, então seu horário não foi aplicado.</translation>
        </message>
        <message>
            <source>{run} was stopped early and ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} foi interrompido antes do fim e terminou pior ({hard} rígidas, flexíveis {soft}) que o horário da tela ({screen_hard} rígidas, flexíveis {screen_soft}), então o melhor permanece. {run} fica guardado em Execuções.</translation>
        </message>
        <message>
            <source>{run}: {hard} hard, {soft} soft</source>
            <translation>{run}: {hard} rígidas, {soft} flexíveis</translation>
        </message>
        <message>
            <source>…and {count} more (see the Diagnostics panel).</source>
            <translation>…e mais {count} (veja o painel Diagnóstico).</translation>
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
                <numerusform>Resta %n violação de restrições rígidas.</numerusform>
                <numerusform>Restam %n violações de restrições rígidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Equilibrado</translation>
        </message>
        <message>
            <source>Best hard</source>
            <translation>Melhor (rígidas)</translation>
        </message>
        <message>
            <source>Best soft</source>
            <translation>Melhor (flexíveis)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Detalhamento</translation>
        </message>
        <message>
            <source>Building a first timetable</source>
            <translation>Criando um primeiro horário</translation>
        </message>
        <message>
            <source>Checking the data</source>
            <translation>Verificando os dados</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <source>Convergence</source>
            <translation>Convergência</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Núcleos</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esforço</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Decorrido</translation>
        </message>
        <message>
            <source>Evaluations/s</source>
            <translation>Avaliações/s</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Finalizando</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Geração</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>Melhorando</translation>
        </message>
        <message>
            <source>Islands searched in parallel, one per processor core.</source>
            <translation>Ilhas exploradas em paralelo, uma por núcleo do processador.</translation>
        </message>
        <message>
            <source>Keep the sessions that are placed legally and every pinned session; place and improve the rest.</source>
            <translation>Manter as aulas alocadas sem conflito e todas as aulas fixadas; alocar e melhorar o restante.</translation>
        </message>
        <message>
            <source>Leave what cannot fit unplaced</source>
            <translation>Deixar sem alocar o que não couber</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>New at each run</source>
            <translation>Nova a cada execução</translation>
        </message>
        <message>
            <source>No hard violations.</source>
            <translation>Nenhuma violação de restrições rígidas.</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalidade</translation>
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
            <translation>Pronto.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Execução</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semente</translation>
        </message>
        <message>
            <source>Solve</source>
            <translation>Gerar</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>Gerando…</translation>
        </message>
        <message>
            <source>Start from the current timetable (keep pins)</source>
            <translation>Partir do horário atual (manter as fixadas)</translation>
        </message>
        <message>
            <source>Starting the solver…</source>
            <translation>Iniciando o otimizador…</translation>
        </message>
        <message>
            <source>Starting the solver… (from the current timetable)</source>
            <translation>Iniciando o otimizador… (a partir do horário atual)</translation>
        </message>
        <message>
            <source>Stop the run and keep the best timetable so far (Shift+F5, Esc)</source>
            <translation>Interromper a execução e manter o melhor horário obtido até agora (Shift+F5, Esc)</translation>
        </message>
        <message>
            <source>Stopped; the best timetable so far was kept.</source>
            <translation>Interrompido; o melhor horário obtido até agora foi mantido.</translation>
        </message>
        <message>
            <source>The run stops after this many seconds and keeps the best timetable.</source>
            <translation>A execução para depois deste número de segundos e mantém o melhor horário.</translation>
        </message>
        <message>
            <source>The same seed and settings give the same timetable.</source>
            <translation>A mesma semente e as mesmas configurações geram o mesmo horário.</translation>
        </message>
        <message>
            <source>The timetable on screen ({run}): {hard} hard, soft penalty {soft}.</source>
            <translation>O horário na tela ({run}): {hard} rígidas, penalidade flexível {soft}.</translation>
        </message>
        <message>
            <source>The timetable on screen: {hard} hard, soft penalty {soft}.</source>
            <translation>O horário na tela: {hard} rígidas, penalidade flexível {soft}.</translation>
        </message>
        <message>
            <source>Thorough</source>
            <translation>Minucioso</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Tempo limite</translation>
        </message>
        <message>
            <source>When some teaching cannot fit (a shortfall) and you solve anyway, leave the sessions that do not fit in the Unplaced tray instead of placing them with clashes.</source>
            <translation>Quando parte das aulas não cabe (um déficit) e você gera mesmo assim, deixar as aulas que não cabem na bandeja Não alocadas em vez de alocá-las com conflitos.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>rígida</translation>
        </message>
        <message>
            <source>hard violations</source>
            <translation>violações rígidas</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>flexível</translation>
        </message>
        <message>
            <source>soft penalty</source>
            <translation>penalidade flexível</translation>
        </message>
        <message>
            <source>{caption}:</source>
            <translation>{caption}:</translation>
        </message>
        <message>
            <source>{run} finished: {outcome} Soft penalty {soft}.</source>
            <translation>{run} concluída: {outcome} Penalidade flexível {soft}.</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>+ New row: click here, then paste rows (Ctrl+V) — or double-click to add one</source>
            <translation>+ Nova linha: clique aqui e cole linhas (Ctrl+V) — ou clique duas vezes para adicionar uma</translation>
        </message>
        <message>
            <source>Add a row to {table}</source>
            <translation>Adicionar uma linha a {table}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows.</source>
            <translation>
                <numerusform>%n linha copiada.</numerusform>
                <numerusform>%n linhas copiadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete anyway?</source>
            <translation>Excluir mesmo assim?</translation>
        </message>
        <message>
            <source>Delete rows</source>
            <translation>Excluir linhas</translation>
        </message>
        <message>
            <source>Delete {ids} from {table}</source>
            <translation>Excluir {ids} de {table}</translation>
        </message>
        <message>
            <source>Deleting {ids} from {table} also changes:</source>
            <translation>Excluir {ids} de {table} também altera:</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n rows of {table}</source>
            <translation>
                <numerusform>Duplicar %n linha de {table}</numerusform>
                <numerusform>Duplicar %n linhas de {table}</numerusform>
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
            <translation>Primeiro escolha uma linha de {table}.</translation>
        </message>
        <message>
            <source>New course {id}</source>
            <translation>Nova disciplina {id}</translation>
        </message>
        <message>
            <source>New group {id}</source>
            <translation>Nova turma {id}</translation>
        </message>
        <message>
            <source>New instructor {id}</source>
            <translation>Novo professor {id}</translation>
        </message>
        <message>
            <source>No row can be added to {table} here.</source>
            <translation>Nenhuma linha pode ser adicionada a {table} aqui.</translation>
        </message>
        <message>
            <source>No row of {table} can be deleted here.</source>
            <translation>Nenhuma linha de {table} pode ser excluída aqui.</translation>
        </message>
        <message>
            <source>No row of {table} can be duplicated here.</source>
            <translation>Nenhuma linha de {table} pode ser duplicada aqui.</translation>
        </message>
        <message>
            <source>Nothing pasted.</source>
            <translation>Nada foi colado.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells into {table}</source>
            <translation>
                <numerusform>Colar %n célula em {table}</numerusform>
                <numerusform>Colar %n células em {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n rows.</source>
            <translation>
                <numerusform>%n linha colada.</numerusform>
                <numerusform>%n linhas coladas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Room {id}</source>
            <translation>Sala {id}</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: the table has only {count} columns.</source>
            <translation>Linha {row}, coluna {column}: a tabela tem só {count} colunas.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: this column cannot be edited.</source>
            <translation>Linha {row}, coluna {column}: esta coluna não pode ser editada.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: {problem}</source>
            <translation>Linha {row}, coluna {column}: {problem}</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Linha {row}: {problem}</translation>
        </message>
        <message>
            <source>Rows pasted here are added at the end of the table.</source>
            <translation>As linhas coladas aqui são adicionadas ao final da tabela.</translation>
        </message>
        <message>
            <source>Select the rows to delete.</source>
            <translation>Selecione as linhas a excluir.</translation>
        </message>
        <message>
            <source>Select the rows to duplicate.</source>
            <translation>Selecione as linhas a duplicar.</translation>
        </message>
        <message>
            <source>The clipboard holds no text to paste.</source>
            <translation>A área de transferência não tem texto para colar.</translation>
        </message>
        <message>
            <source>The course already has a lecture, a tutorial and a practical.</source>
            <translation>A disciplina já tem uma aula teórica, uma tutoria e uma prática.</translation>
        </message>
        <message>
            <source>The course has no {type} to cut into blocks.</source>
            <translation>A disciplina não tem {type} para dividir em blocos.</translation>
        </message>
        <message>
            <source>The day {day} is already in the week.</source>
            <translation>O dia {day} já está na semana.</translation>
        </message>
        <message>
            <source>The end {end} must come after the start {start}.</source>
            <translation>O fim {end} precisa vir depois do início {start}.</translation>
        </message>
        <message>
            <source>The period name {name} is already used.</source>
            <translation>O nome de período {name} já está em uso.</translation>
        </message>
        <message>
            <source>The start {start} must come before the end {end}.</source>
            <translation>O início {start} precisa vir antes do fim {end}.</translation>
        </message>
        <message>
            <source>The type must be lecture, tutorial or practical, not {value}.</source>
            <translation>O tipo deve ser lecture, tutorial ou practical, não {value}.</translation>
        </message>
        <message>
            <source>The value was not changed.</source>
            <translation>O valor não foi alterado.</translation>
        </message>
        <message>
            <source>This value</source>
            <translation>Este valor</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Digite para filtrar…</translation>
        </message>
        <message>
            <source>Unknown course {item}.</source>
            <translation>Disciplina desconhecida {item}.</translation>
        </message>
        <message>
            <source>Unknown instructor {item}.</source>
            <translation>Professor desconhecido {item}.</translation>
        </message>
        <message>
            <source>{column} cannot be edited.</source>
            <translation>{column} não pode ser editada.</translation>
        </message>
        <message>
            <source>{item}: start with L, T or P (lecture, tutorial, practical).</source>
            <translation>{item}: comece com L, T ou P (lecture, tutorial, practical).</translation>
        </message>
        <message>
            <source>{item}: the session type must be lecture, tutorial or practical.</source>
            <translation>{item}: o tipo de aula deve ser lecture, tutorial ou practical.</translation>
        </message>
        <message>
            <source>{item}: write blocks like 'L 2+2, P 3'.</source>
            <translation>{item}: escreva os blocos como 'L 2+2, P 3'.</translation>
        </message>
        <message>
            <source>{pattern} adds up to {sum} periods, but the {type} has {n} a week.</source>
            <translation>{pattern} soma {sum} períodos, mas a {type} tem {n} por semana.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <source>{value} is too large: the highest allowed is {high}.</source>
            <translation>{value} é grande demais: o máximo permitido é {high}.</translation>
        </message>
        <message>
            <source>{value} is too small: the lowest allowed is {low}.</source>
            <translation>{value} é pequeno demais: o mínimo permitido é {low}.</translation>
        </message>
        <message>
            <source>{value}: a fixed cut is one pattern, e.g. 'fixed 3+3'.</source>
            <translation>{value}: uma divisão fixa é um único padrão, p. ex. 'fixed 3+3'.</translation>
        </message>
        <message>
            <source>{value}: write patterns like '3+3; 2+2+2', 'fixed 3+3' or 'any'.</source>
            <translation>{value}: escreva padrões como '3+3; 2+2+2', 'fixed 3+3' ou 'any'.</translation>
        </message>
        <message>
            <source>{value}: write the block range like 'any 2-4' (shortest 1 or more, at most the longest).</source>
            <translation>{value}: escreva a faixa de blocos como 'any 2-4' (o mais curto de 1 ou mais, no máximo o mais longo).</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message numerus="yes">
            <source>%n rows into {table}: {new} new, {updated} updated.</source>
            <translation>
                <numerusform>%n linha em {table}: {new} nova(s), {updated} atualizada(s).</numerusform>
                <numerusform>%n linhas em {table}: {new} novas, {updated} atualizadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(não importada)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; (first {rows} rows)</source>
            <translation>&lt;b&gt;Prévia&lt;/b&gt; (primeiras {rows} linhas)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source>Could not read the sheet</source>
            <translation>Não foi possível ler a planilha</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>Coluna do arquivo</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Arquivo:</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primeiro valor</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import a table from {file}</source>
            <translation>Importar uma tabela de {file}</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Importar em:</translation>
        </message>
        <message>
            <source>Imports as</source>
            <translation>Importa como</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Planilha:</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>Algumas linhas não podem ser importadas</translation>
        </message>
        <message>
            <source>{column} (ignored)</source>
            <translation>{column} (ignorada)</translation>
        </message>
    </context>
    <context>
        <name>TimetableCommand</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n aula</numerusform>
                <numerusform>%n aulas</numerusform>
            </translation>
        </message>
        <message>
            <source>(week {name})</source>
            <translation>(semana {name})</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 aula</translation>
        </message>
        <message>
            <source>Move {session} to {when}</source>
            <translation>Mover {session} para {when}</translation>
        </message>
        <message>
            <source>Pin room of {sessions}</source>
            <translation>Fixar a sala de {sessions}</translation>
        </message>
        <message>
            <source>Pin time and room of {sessions}</source>
            <translation>Fixar o horário e a sala de {sessions}</translation>
        </message>
        <message>
            <source>Pin time of {sessions}</source>
            <translation>Fixar o horário de {sessions}</translation>
        </message>
        <message numerus="yes">
            <source>Place {session} and move %n other sessions</source>
            <translation>
                <numerusform>Alocar {session} e mover %n outra aula</numerusform>
                <numerusform>Alocar {session} e mover %n outras aulas</numerusform>
            </translation>
        </message>
        <message>
            <source>Place {session} and move 1 other session</source>
            <translation>Alocar {session} e mover 1 outra aula</translation>
        </message>
        <message>
            <source>Swap {first} and {second}</source>
            <translation>Trocar {first} e {second}</translation>
        </message>
        <message>
            <source>Unpin room of {sessions}</source>
            <translation>Desafixar a sala de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time and room of {sessions}</source>
            <translation>Desafixar o horário e a sala de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time of {sessions}</source>
            <translation>Desafixar o horário de {sessions}</translation>
        </message>
        <message>
            <source>Unplace {session}</source>
            <translation>Desalocar {session}</translation>
        </message>
    </context>
    <context>
        <name>TimetableGrid</name>
        <message>
            <source>{room} is not a legal room for this session then.</source>
            <translation>{room} não é uma sala permitida para esta sessão nesse horário.</translation>
        </message>
    </context>
    <context>
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n não cabe mais nos dados</numerusform>
                <numerusform> — %n não cabem mais nos dados</numerusform>
            </translation>
        </message>
        <message>
            <source>(no instructor)</source>
            <translation>(sem professor)</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(sem sala)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Todas as turmas</translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>Todas as turmas ou todas as salas durante a semana inteira</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>Todas as salas</translation>
        </message>
        <message>
            <source>Attendees: {groups}</source>
            <translation>Participantes: {groups}</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambas</translation>
        </message>
        <message numerus="yes">
            <source>Careful: this adds %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Atenção: isto adiciona %n violação rígida (flexíveis {soft}).</numerusform>
                <numerusform>Atenção: isto adiciona %n violações rígidas (flexíveis {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a group, an instructor or a room.</source>
            <translation>Escolha uma turma, um professor ou uma sala.</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft}</source>
            <translation>Rígidas {hard} · flexíveis {soft}</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft} (solver in progress)</source>
            <translation>Rígidas {hard} · flexíveis {soft} (otimizador em andamento)</translation>
        </message>
        <message>
            <source>Instructor: {instructor}</source>
            <translation>Professor: {instructor}</translation>
        </message>
        <message>
            <source>No hard violation is added; the soft score changes by {soft}.</source>
            <translation>Nenhuma violação rígida é adicionada; a pontuação flexível muda {soft}.</translation>
        </message>
        <message>
            <source>No placement fits the edited data: see the unplaced sessions.</source>
            <translation>Nenhuma alocação cabe nos dados editados: veja as aulas não alocadas.</translation>
        </message>
        <message>
            <source>No timetable yet: solve the data first.</source>
            <translation>Ainda não há horário: primeiro gere o horário dos dados.</translation>
        </message>
        <message>
            <source>Not moved. {reason}</source>
            <translation>Não movida. {reason}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>Pinned: room (the solver keeps it; right-click to unpin)</source>
            <translation>Fixada: sala (o otimizador a mantém; clique com o botão direito para desafixar)</translation>
        </message>
        <message>
            <source>Pinned: time (the solver keeps it; right-click to unpin)</source>
            <translation>Fixada: horário (o otimizador o mantém; clique com o botão direito para desafixar)</translation>
        </message>
        <message>
            <source>Pinned: time and room (the solver keeps them; right-click to unpin)</source>
            <translation>Fixada: horário e sala (o otimizador os mantém; clique com o botão direito para desafixar)</translation>
        </message>
        <message>
            <source>Press a card to see where it may go (green: allowed, with the change of the soft score; red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; right-click a card to pin, unplace or find a place.</source>
            <translation>Pressione um cartão para ver onde ele pode ir (verde: permitido, com a variação da pontuação flexível; vermelho: não permitido). Solte para mover, Shift+soltar para escolher a sala, solte sobre um cartão para trocar; clique com o botão direito num cartão para fixá-lo, desalocá-lo ou encontrar um lugar.</translation>
        </message>
        <message>
            <source>Re-optimise unpinned</source>
            <translation>Reotimizar as não fixadas</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Sala: {room}</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>Executar o otimizador a partir deste horário; as aulas fixadas ficam onde estão</translation>
        </message>
        <message>
            <source>Show both weeks: week {a} in the left half of a cell, week {b} in the right half; a session taught every week fills the cell</source>
            <translation>Mostrar as duas semanas: a semana {a} na metade esquerda de uma célula, a semana {b} na metade direita; uma aula lecionada toda semana ocupa a célula inteira</translation>
        </message>
        <message>
            <source>Show week {name}: its sessions and those taught every week</source>
            <translation>Mostrar a semana {name}: suas aulas e as lecionadas toda semana</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Swap sessions</source>
            <translation>Trocar aulas</translation>
        </message>
        <message>
            <source>Swap the times of {first} and {second}? Each keeps its room, and both times get pinned.</source>
            <translation>Trocar os horários de {first} e {second}? Cada uma mantém sua sala, e os dois horários ficam fixados.</translation>
        </message>
        <message>
            <source>Taught every other week: week {name} only</source>
            <translation>Lecionada quinzenalmente: só na semana {name}</translation>
        </message>
        <message numerus="yes">
            <source>This removes %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Isto remove %n violação rígida (flexíveis {soft}).</numerusform>
                <numerusform>Isto remove %n violações rígidas (flexíveis {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>Não alocadas ({count})</translation>
        </message>
        <message>
            <source>Week {name}</source>
            <translation>Semana {name}</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>não permitido</translation>
        </message>
        <message>
            <source>soft {change}</source>
            <translation>flexíveis {change}</translation>
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
            <translation>Arraste-a para a grade para alocá-la, ou clique duas vezes para encontrar um lugar.</translation>
        </message>
        <message>
            <source>Its place no longer fits the edited data.</source>
            <translation>O lugar dela não cabe mais nos dados editados.</translation>
        </message>
        <message>
            <source>Not placed.</source>
            <translation>Não alocada.</translation>
        </message>
        <message>
            <source>Sessions without a place. Drag one onto the grid, or right-click: Find a place.</source>
            <translation>Aulas sem lugar. Arraste uma para a grade, ou clique com o botão direito: Encontrar um lugar.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPanel</name>
        <message numerus="yes">
            <source>%n violations — hard {hard}, soft {soft}</source>
            <translation>
                <numerusform>%n violação — rígidas {hard}, flexíveis {soft}</numerusform>
                <numerusform>%n violações — rígidas {hard}, flexíveis {soft}</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <source>Constraint:</source>
            <translation>Restrição:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalidade</translation>
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
            <translation>Quando</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>rígida</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>flexível</translation>
        </message>
    </context>
    <context>
        <name>WeekCycleEditor</name>
        <message>
            <source>A two-week cycle needs a name for each week.</source>
            <translation>Um ciclo de duas semanas precisa de um nome para cada semana.</translation>
        </message>
        <message>
            <source>Rename the weeks</source>
            <translation>Renomear as semanas</translation>
        </message>
        <message>
            <source>Teach some components every other week: a session is taught every week, or in the first or the second week of the cycle only</source>
            <translation>Lecionar alguns componentes quinzenalmente: uma aula é lecionada toda semana, ou só na primeira ou na segunda semana do ciclo</translation>
        </message>
        <message>
            <source>The name of week {n} of the cycle</source>
            <translation>O nome da semana {n} do ciclo</translation>
        </message>
        <message>
            <source>The two weeks need different names.</source>
            <translation>As duas semanas precisam de nomes diferentes.</translation>
        </message>
        <message>
            <source>Two-week cycle (A/B)</source>
            <translation>Ciclo de duas semanas (A/B)</translation>
        </message>
        <message>
            <source>Two-week cycle off</source>
            <translation>Ciclo de duas semanas desativado</translation>
        </message>
        <message>
            <source>Two-week cycle on</source>
            <translation>Ciclo de duas semanas ativado</translation>
        </message>
        <message>
            <source>Weeks:</source>
            <translation>Semanas:</translation>
        </message>
    </context>
</TS>
