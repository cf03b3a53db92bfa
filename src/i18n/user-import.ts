import { defineStrings } from './define-strings';

/** Problems of an import file and row, both languages, with `{name}` placeholders. */
export const importStrings = defineStrings({
  tooLarge: {
    'pt-BR': 'O arquivo passa de 20 MB. Divida-o em arquivos menores (até cerca de 200 mil linhas cada) e envie um por vez.',
    en: 'The file is larger than 20 MB. Split it into smaller files (up to about 200,000 rows each) and send them one at a time.',
  },
  'notCsv.xlsx': {
    'pt-BR': 'Este arquivo é uma planilha do Excel (.xlsx), não um CSV. No Excel, use Arquivo > Salvar como > CSV e envie o arquivo .csv.',
    en: 'This file is an Excel workbook (.xlsx), not a CSV. In Excel, use File > Save As > CSV and send the .csv file.',
  },
  'notCsv.xls': {
    'pt-BR': 'Este arquivo é uma planilha antiga do Excel (.xls), não um CSV. No Excel, use Arquivo > Salvar como > CSV e envie o arquivo .csv.',
    en: 'This file is an old Excel workbook (.xls), not a CSV. In Excel, use File > Save As > CSV and send the .csv file.',
  },
  'notCsv.pdf': {
    'pt-BR': 'Este arquivo é um PDF, não um CSV. Envie a planilha salva como CSV.',
    en: 'This file is a PDF, not a CSV. Send the spreadsheet saved as CSV.',
  },
  'notCsv.binary': {
    'pt-BR': 'Este arquivo não é um texto CSV. Salve a planilha como CSV (separado por vírgula ou ponto e vírgula) e envie de novo.',
    en: 'This file is not CSV text. Save the spreadsheet as CSV (comma or semicolon separated) and send it again.',
  },
  empty: {
    'pt-BR': 'O arquivo está vazio. Baixe o modelo, preencha uma linha por usuário e envie de novo.',
    en: 'The file is empty. Download the template, fill in one row per user and send it again.',
  },
  noRows: {
    'pt-BR': 'O arquivo só tem o cabeçalho. Preencha uma linha por usuário abaixo dele.',
    en: 'The file only has the header. Fill in one row per user below it.',
  },
  noBody: { 'pt-BR': 'Nenhum arquivo foi enviado. Escolha o arquivo CSV e envie de novo.', en: 'No file was sent. Choose the CSV file and send it again.' },
  missingColumn: {
    'pt-BR': 'Falta a coluna obrigatória "{col}" no cabeçalho. Use o modelo ou acrescente a coluna.',
    en: 'The mandatory column "{col}" is missing from the header. Use the template or add the column.',
  },
  unknownColumn: {
    'pt-BR': 'Coluna "{col}" não faz parte da importação. Renomeie-a para uma coluna do modelo ou apague-a.',
    en: 'Column "{col}" is not part of the import. Rename it to a template column or delete it.',
  },
  duplicateColumn: {
    'pt-BR': 'A coluna "{col}" aparece duas vezes no cabeçalho. Deixe só uma.',
    en: 'Column "{col}" appears twice in the header. Keep only one.',
  },
  extraFields: {
    'pt-BR':
      'A linha tem mais colunas que o cabeçalho. Confira se há um separador a mais (vírgula ou ponto e vírgula) no meio de um valor; se houver, ponha o valor entre aspas.',
    en: 'The row has more columns than the header. Check for an extra separator (comma or semicolon) inside a value; if so, put the value in quotes.',
  },
  tooManyColumns: {
    'pt-BR': 'O cabeçalho tem {count} colunas; a importação usa no máximo {max}. Use o modelo: nome, e-mail, telefone, senha, serviço, perfil e max_attend.',
    en: 'The header has {count} columns; the import reads at most {max}. Use the template: name, e-mail, phone, password, service, profile and max_attend.',
  },
  unclosedQuote: {
    'pt-BR': 'Esta linha abre aspas (") que não se fecham. Feche as aspas do valor ou tire-as; as linhas seguintes foram lidas normalmente.',
    en: 'This line opens a quote (") that is never closed. Close the value\'s quotes or remove them; the following lines were read as usual.',
  },
  nulChar: {
    'pt-BR': 'Esta linha tem um caractere nulo (NUL), que não é texto. Salve a planilha de novo como CSV UTF-8 e envie outra vez.',
    en: 'This line holds a null character (NUL), which is not text. Save the spreadsheet again as CSV UTF-8 and send it again.',
  },
  cellTooLong: {
    'pt-BR': 'Um valor desta linha passa de 1.000 caracteres. Confira se falta um separador ou umas aspas e corrija o valor.',
    en: 'A value on this line is longer than 1,000 characters. Check for a missing separator or quote and fix the value.',
  },
  required: { 'pt-BR': 'Campo obrigatório vazio. Preencha "{col}".', en: 'Mandatory field is empty. Fill in "{col}".' },
  emailInvalid: {
    'pt-BR': 'E-mail inválido ("{value}"). Use o formato nome@empresa.com.br.',
    en: 'Invalid e-mail ("{value}"). Use the form name@company.com.',
  },
  phoneInvalid: {
    'pt-BR': 'Telefone inválido ("{value}"). Use de 8 a 15 dígitos com DDD, por exemplo 11987654321.',
    en: 'Invalid phone ("{value}"). Use 8 to 15 digits with the area code, e.g. 11987654321.',
  },
  emailDuplicate: {
    'pt-BR': 'E-mail repetido: ele já aparece na linha {other}. Cada usuário precisa de um e-mail próprio.',
    en: 'Duplicate e-mail: it already appears on line {other}. Each user needs an e-mail of their own.',
  },
  emailTaken: {
    'pt-BR': 'Este e-mail já pertence a um usuário do Omni. Use outro e-mail ou tire a linha.',
    en: 'This e-mail already belongs to an Omni user. Use another e-mail or remove the row.',
  },
  serviceUnknown: {
    'pt-BR': 'Não existe serviço com o id ou o nome "{value}". Use o id ou o nome exato de um serviço (baixe a lista de ids e nomes).',
    en: 'There is no service with the id or name "{value}". Use the id or the exact name of a service (download the list of ids and names).',
  },
  serviceAmbiguous: {
    'pt-BR': 'Há mais de um serviço chamado "{value}": {candidates}. Use o id do serviço que você quer.',
    en: 'More than one service is called "{value}": {candidates}. Use the id of the one you mean.',
  },
  serviceOutOfScope: {
    'pt-BR': 'O serviço {value} não é gerenciado por você. Use um dos seus serviços: {list}.',
    en: 'Service {value} is not one you manage. Use one of your services: {list}.',
  },
  defaultOutOfScope: {
    'pt-BR': 'Em branco, o usuário iria para o serviço padrão, que você não gerencia. Informe um dos seus serviços: {list}.',
    en: 'Left blank, the user would go to the default service, which you do not manage. Fill in one of your services: {list}.',
  },
  profileUnknown: {
    'pt-BR': 'Não existe perfil com o id ou o nome "{value}". Use o id ou o nome exato de um perfil (baixe a lista de ids e nomes).',
    en: 'There is no profile with the id or name "{value}". Use the id or the exact name of a profile (download the list of ids and names).',
  },
  profileAmbiguous: {
    'pt-BR': 'Há mais de um perfil chamado "{value}": {candidates}. Use o id do perfil que você quer.',
    en: 'More than one profile is called "{value}": {candidates}. Use the id of the one you mean.',
  },
  exampleRow: {
    'pt-BR': 'Esta é a linha de exemplo do modelo (e-mail em example.invalid). Apague-a ou troque-a pelos dados de um usuário de verdade.',
    en: "This is the template's example row (e-mail at example.invalid). Delete it or replace it with a real user's details.",
  },
  profileAboveYou: {
    'pt-BR': 'O perfil {value} tem permissões que você não tem, e você só pode dar o que tem. Use um destes perfis: {plist}.',
    en: 'Profile {value} carries permissions you do not hold, and you can only give what you hold. Use one of these profiles: {plist}.',
  },
  defaultProfileAboveYou: {
    'pt-BR': 'Em branco, o usuário receberia o perfil padrão, que tem permissões que você não tem. Informe um destes perfis: {plist}.',
    en: 'Left blank, the user would get the default profile, which carries permissions you do not hold. Fill in one of these profiles: {plist}.',
  },
  maxAttendInvalid: {
    'pt-BR': 'max_attend precisa ser um número inteiro igual ou maior que 0 (recebido "{value}").',
    en: 'max_attend must be a whole number of 0 or more (got "{value}").',
  },
  'password.too-short': { 'pt-BR': 'Senha fraca: use pelo menos 8 caracteres.', en: 'Weak password: use at least 8 characters.' },
  'password.needs-letter-and-digit': {
    'pt-BR': 'Senha fraca: use pelo menos uma letra e um número.',
    en: 'Weak password: use at least one letter and one digit.',
  },
  'password.too-common': {
    'pt-BR': 'Senha fraca: é óbvia demais (como senha123). Escolha outra.',
    en: 'Weak password: it is too obvious (like password123). Choose another.',
  },
  seatsShort: {
    'pt-BR':
      'Licenças insuficientes: o arquivo criaria {needed} {needed#usuário|usuários}, mas só há {free} {free#licença livre|licenças livres}. Libere licenças ou importe menos usuários.',
    en: 'Not enough licenses: the file would create {needed} {needed#user|users} but only {free} {free#license is|licenses are} free. Free some licenses or import fewer users.',
  },
  hasProblems: {
    'pt-BR': 'Nada foi importado: corrija as linhas apontadas e envie o arquivo de novo.',
    en: 'Nothing was imported: fix the rows listed and send the file again.',
  },
  emailTakenSince: {
    'pt-BR': 'Este e-mail passou a ser usado por outro usuário depois da prévia. Tire a linha ou troque o e-mail e envie de novo.',
    en: 'This e-mail was taken by another user after the preview. Remove the row or change the e-mail and send again.',
  },
} as const);

/** The table itself (both languages of every key). */
export const importText = importStrings.table;

export type ImportTextKey = keyof typeof importText;

/** Labels of the import form, both languages. */
export const importUiStrings = defineStrings({
  title: { 'pt-BR': 'Importar usuários', en: 'Import users' },
  intro: {
    'pt-BR': 'Envie um arquivo CSV com uma linha por usuário. Primeiro vem a prévia: nada é gravado até você confirmar.',
    en: 'Send a CSV file with one row per user. A preview comes first: nothing is written until you confirm.',
  },
  signedOut: {
    'pt-BR':
      'Aqui fica o formulário de importação: ele confere o arquivo, mostra os problemas por linha e cria os usuários de uma vez. Entre com uma conta que tenha a permissão de importar usuários para usá-lo.',
    en: 'This is where the import form appears: it checks the file, shows problems by line and creates the users at once. Sign in with an account allowed to import users to use it.',
  },
  signIn: { 'pt-BR': 'Entrar', en: 'Sign in' },
  noPermission: {
    'pt-BR': 'Sua conta não tem a permissão de importar usuários. Peça acesso a um administrador.',
    en: 'Your account is not allowed to import users. Ask an administrator for access.',
  },
  file: { 'pt-BR': 'Arquivo CSV (até 20 MB)', en: 'CSV file (up to 20 MB)' },
  template: { 'pt-BR': 'Baixar o modelo (CSV)', en: 'Download the template (CSV)' },
  ids: { 'pt-BR': 'Baixar os ids de perfis e serviços (CSV)', en: 'Download profile and service ids (CSV)' },
  preview: { 'pt-BR': 'Pré-visualizar', en: 'Preview' },
  checking: { 'pt-BR': 'Conferindo o arquivo…', en: 'Checking the file…' },
  rows: { 'pt-BR': 'Linhas no arquivo', en: 'Rows in the file' },
  toCreate: { 'pt-BR': 'Usuários a criar', en: 'Users to create' },
  problems: { 'pt-BR': 'Problemas', en: 'Problems' },
  seats: { 'pt-BR': 'Licenças livres', en: 'Free licenses' },
  line: { 'pt-BR': 'Linha', en: 'Line' },
  column: { 'pt-BR': 'Coluna', en: 'Column' },
  whatToDo: { 'pt-BR': 'O que fazer', en: 'What to do' },
  moreProblems: {
    'pt-BR': 'Mostrando os primeiros {shown} de {total} {total#problema|problemas}; baixe o relatório para ver todos.',
    en: 'Showing the first {shown} of {total} {total#problem|problems}; download the report to see them all.',
  },
  report: { 'pt-BR': 'Baixar o relatório de problemas (CSV)', en: 'Download the problem report (CSV)' },
  ready: { 'pt-BR': 'Tudo certo: {n} {n#usuário será criado|usuários serão criados} de uma vez.', en: 'All good: {n} {n#user|users} will be created at once.' },
  notReady: {
    'pt-BR': 'Corrija os problemas e envie o arquivo de novo; nada foi gravado.',
    en: 'Fix the problems and send the file again; nothing was written.',
  },
  confirm: { 'pt-BR': 'Confirmar a importação', en: 'Confirm the import' },
  understood: { 'pt-BR': 'Como a prévia entendeu os nomes do arquivo:', en: 'How the preview read the names in the file:' },
  'understood.service': { 'pt-BR': '"{value}" → serviço {id} ({name})', en: '"{value}" → service {id} ({name})' },
  'understood.profile': { 'pt-BR': '"{value}" → perfil {id} ({name})', en: '"{value}" → profile {id} ({name})' },
  started: { 'pt-BR': 'Importação enviada. Acompanhe o progresso:', en: 'Import sent. Follow its progress:' },
  created: { 'pt-BR': 'Usuários criados', en: 'Users created' },
  createdCount: {
    'pt-BR': '{n} {n#usuário criado|usuários criados}, {failed} {failed#não criado|não criados}.',
    en: '{n} {n#user|users} created, {failed} not created.',
  },
  profile: { 'pt-BR': 'Perfil', en: 'Profile' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  name: { 'pt-BR': 'Nome', en: 'Name' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  moreCreated: { 'pt-BR': 'Mostrando os primeiros {shown} de {total} usuários criados.', en: 'Showing the first {shown} of {total} users created.' },
  seatsAfter: {
    'pt-BR':
      'Licenças: {used} de {contracted} em uso, {free} livres. Os usuários importados ainda não estão em nenhum grupo, então não ocupam licença; cada um passa a ocupar quando for posto num grupo.',
    en: 'Licenses: {used} of {contracted} in use, {free} free. The imported users are in no group yet, so they take no license; each takes one once put in a group.',
  },
  checkUsers: { 'pt-BR': 'Conferir os usuários de {service} (migração)', en: 'Check the users of {service} (migration)' },
  checkLicenses: { 'pt-BR': 'Conferir a contagem de licenças', en: 'Check the license count' },
  newImport: { 'pt-BR': 'Nova importação', en: 'New import' },
  chooseFile: { 'pt-BR': 'Escolha um arquivo CSV primeiro.', en: 'Choose a CSV file first.' },
  /** Where the article explains the live license check (a heading's anchor in each language). */
  licensesAnchor: { 'pt-BR': '/bulk/import-users-csv/#o-que-a-verificação-ao-vivo-confere', en: '/bulk/import-users-csv/#what-the-live-check-verifies' },
  /** Name the problems report is saved under. */
  problemsFile: { 'pt-BR': 'problemas-importacao.csv', en: 'import-problems.csv' },
} as const);

/** The table itself (both languages of every key). */
export const importUi = importUiStrings.table;

export type ImportUiKey = keyof typeof importUi;
