import type { Lang } from '../i18n/ui';

/**
 * Words that say nothing about the problem, per language, folded (no accents). The relaxed search
 * drops them; Pagefind would otherwise require them. Includes chat shorthand ("pra", "vc", "tb").
 */
export const stopWords: Record<Lang, ReadonlySet<string>> = {
  'pt-BR': new Set(
    `a o as os um uma uns umas de do da dos das no na nos nas em ao aos pelo pela pelos pelas por para pra pro pras pros
    com sem e ou mas que se ja nao sim eh e foi ser esta estao ta to tah tao muito muita mais menos
    me mim meu minha meus minhas eu ele ela eles elas nos voce voces vc vcs lhe seu sua seus suas dele dela
    isso isto esse essa este aquele aquela aqui ali la onde como quando qual quais quem porque pq por que
    tem tenho temos tinha ter ha dar deu dou fazer faz fiz fica ficou vai vou consigo consegue conseguem pode podem posso
    agora hoje ainda tambem tb so sobre ate apos depois antes entre tudo todo toda todos todas nada algum alguma
    inteiro inteira inteiros inteiras coisa coisas gente alguem ninguem quero queria preciso precisa favor ajuda oi ola bom dia tarde noite ne
    ai entao tipo mesmo mesma diz dizendo`.split(/\s+/),
  ),
  en: new Set(
    `a an the of to in on at by for from with without and or but not no nor so as is are was were be been being
    am do does did doing done have has had having can cant cannot could couldnt will wont would shouldnt should
    dont doesnt didnt isnt arent wasnt werent t s d ll re ve m i me my mine we our ours you your yours he him his
    she her it its they them their this that these those there here what which who whom whose why how when where
    all whole entire any some every each just only also too very really still anymore again then than into onto out up down
    over about after before while if because please help hi hello get gets got getting keep keeps one
    don doesn didn isn aren wasn weren couldn shouldn wouldn won says said someone somebody anyone anybody`.split(/\s+/),
  ),
};
