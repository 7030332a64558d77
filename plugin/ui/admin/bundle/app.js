var n,t,r,u,i,f,o,e,l,c,a,s,h=Symbol.for("pv"),p={},y=[],v=/^m(i|n|o|s|text|space)$/,w=Array.isArray,d=y.slice,_=Object.assign;function g(n3){n3&&n3.parentNode&&n3.remove()}function k(n3,t4,r3){var u3,i3,f3,o3={},e3=arguments.length;for(f3 in t4)f3=="key"?u3=t4[f3]:f3=="ref"&&typeof n3!="function"?i3=t4[f3]:o3[f3]=t4[f3];return e3>2&&(o3.children=e3>3?d.call(arguments,2):r3),m(n3,o3,u3,i3,null)}function m(r3,u3,i3,f3,o3){var e3={type:r3,props:u3,key:i3,ref:f3,__k:null,__:null,__b:0,__e:null,__c:null,constructor:h,__v:o3||++t,__i:-1,__u:0};return!o3&&n.vnode&&n.vnode(e3),e3}function $(n3){return n3.children}function x(n3,t4){this.props=n3,this.context=t4,this.__g=0}function S(n3,t4){if(t4==null)return n3.__&&S(n3.__,n3.__i+1);for(var r3;t4<n3.__k.length;t4++)if((r3=n3.__k[t4])&&r3.__e)return r3.__e;return typeof n3.type!="function"||n3.props.__P?null:S(n3)}function C(t4){var r3,u3=t4.__v,i3=u3.__e,f3=[],o3=[],e3=t4.__P;e3&&((r3=_({constructor:h},u3)).__v=u3.__v+1,n.vnode&&n.vnode(r3),z(e3,r3,u3,t4.__n,e3.namespaceURI,32&u3.__u?[i3]:null,f3,i3||S(u3),32&u3.__u,o3),r3.__v=u3.__v,r3.__.__k[r3.__i]=r3,E(f3,r3,o3),u3.__=u3.__e=null,r3.__e!=i3&&j(r3))}function j(n3){if((n3=n3.__)&&n3.__c&&!n3.props.__P)return n3.__e=null,n3.__k.some(function(t4){return t4&&(n3.__e=t4.__e)}),j(n3)}function L(t4){(8&t4.__g||(t4.__g|=8,u.push(t4),f++))&&i==n.debounceRendering||((i=n.debounceRendering)||queueMicrotask)(H)}function H(){try{for(var n3,t4=1;u.length;)u.length>t4&&u.sort(o),n3=u.shift(),t4=u.length,8&n3.__g&&C(n3)}finally{(f=u.length)&&(i||queueMicrotask)(H)}}function I(n3,t4,r3,u3,i3,f3,o3,e3,l3,c3,a3){var s3,h3,v3,w3,d3,_3,g3=u3.__k||y,k3=t4.length;for(l3=q(r3,t4,g3,l3,k3),s3=0;s3<k3;s3++)(v3=r3.__k[s3])!=null&&(h3=~v3.__i&&g3[v3.__i]||p,v3.__i=s3,_3=z(n3,v3,h3,i3,f3,o3,e3,l3,c3,a3),w3=v3.__e,(h3.ref!=v3.ref||8&h3.__u)&&(h3.ref&&G(h3.ref,null,v3,h3),v3.ref&&a3.push(v3.ref,v3.__c||w3,v3)),d3=d3||w3,4&v3.__u?(l3=A(v3,l3,n3,!h3.__v),h3.__e&&(h3.__e=null)):typeof v3.type=="function"&&_3!==void 0?l3=_3:w3&&(l3=w3.nextSibling),v3.__u&=-21);return r3.__e=d3,l3}function q(n3,t4,r3,u3,i3){var f3,o3,e3,l3,c3,a3,s3,p3,y3,v3=r3.length,d3=v3,_3=0,g3=0,k3=n3.__k=Array(i3);for(f3=0;f3<i3;f3++)(o3=t4[f3])!=null&&typeof o3!="boolean"&&typeof o3!="function"?(typeof o3!="object"||o3.constructor===String?o3=k3[f3]=m(null,o3):w(o3)?o3=k3[f3]=m($,{children:o3}):o3.constructor===h&&o3.__b?o3=k3[f3]=m(o3.type,o3.props,o3.key,o3.ref,o3.__v):k3[f3]=o3,l3=f3+_3,o3.__=n3,o3.__b=n3.__b+1,e3=null,~(c3=o3.__i=P(o3,r3,l3,d3))&&(d3--,(e3=r3[c3])&&(e3.__u|=2)),e3&&e3.__v?(o3.__u|=16,c3==l3-1?_3--:c3==l3+1?_3++:c3!=l3&&(c3>l3?_3--:_3++,g3=1)):(~c3||(i3>v3?_3--:i3<v3&&_3++),typeof o3.type!="function"&&(o3.__u|=4))):k3[f3]=null;if(g3){for(a3=[],s3=[],f3=0;f3<i3;f3++)if((o3=k3[f3])&&16&o3.__u){for(_3=0,p3=a3.length;_3<p3;)a3[y3=_3+p3>>1]<o3.__i?_3=y3+1:p3=y3;a3[_3]=o3.__i,s3[f3]=_3+1}for(_3=a3.length;f3--;)s3[f3]&&(s3[f3]==_3?_3--:k3[f3].__u|=4)}if(d3)for(f3=0;f3<v3;f3++)!(e3=r3[f3])||2&e3.__u||(e3.__e==u3&&(u3=S(e3)),J(e3,e3));return u3}function A(n3,t4,r3,u3){var i3,f3,o3,e3;if(typeof n3.type=="function"){if(n3.props.__P)return t4;if(i3=n3.__k)for(f3=0;f3<i3.length;f3++)i3[f3]&&(i3[f3].__=n3,t4=A(i3[f3],t4,r3,!1));return t4}for(t4&&!t4.parentNode&&(t4=S(n3))&&!t4.parentNode&&(t4=null),o3=n3.__e,e3=t4;e3&&e3.nodeType==8;)e3=e3.nextSibling;for(o3!=e3&&(!u3&&r3.moveBefore&&o3.parentNode?r3.moveBefore(o3,t4):r3.insertBefore(o3,t4||null)),t4=o3;(t4=t4&&t4.nextSibling)&&t4.nodeType==8&&!t4.data.startsWith("$s"););return t4}function P(n3,t4,r3,u3){var i3,f3=n3.key,o3=n3.type,e3=t4[r3],l3=e3&&!(2&e3.__u);if(e3===null&&f3==null||l3&&f3==e3.key&&o3==e3.type)return r3;if(u3>(l3?1:0)){for(i3=r3-1;i3>=0;i3--)if((e3=t4[i3])&&!(2&e3.__u)&&f3==e3.key&&o3==e3.type)return i3;for(i3=r3+1;i3<t4.length;i3++)if((e3=t4[i3])&&!(2&e3.__u)&&f3==e3.key&&o3==e3.type)return i3}return-1}function T(n3,t4,r3){r3==null&&(r3=""),t4[0]=="-"?n3.setProperty(t4,r3):n3[t4]=r3}function N(n3,t4,r3,u3,i3){var f3,o3;if(t4=="style")if(typeof r3=="string")n3.style.cssText=r3;else{if(typeof u3=="string"&&(n3.style.cssText=u3=""),u3)for(t4 in u3)r3&&t4 in r3||T(n3.style,t4);if(r3)for(t4 in r3)u3&&r3[t4]==u3[t4]||T(n3.style,t4,r3[t4])}else if(t4[0]=="o"&&t4[1]=="n")typeof r3!="function"&&(r3=null),typeof u3!="function"&&(u3=null),(n3.__e||(n3.__e={}))[t4]=r3,r3&&u3||(o3=a[t4]||(a[t4]=V(t4)),(n3.__a||(n3.__a={}))[t4]=c,f3=t4!=(t4=t4.replace(l,"$1")),(t4=t4.slice(2))[0]<"a"&&(t4=t4.toLowerCase()),r3?n3.addEventListener(t4,o3,f3):n3.removeEventListener(t4,o3,f3));else{if(i3=="http://www.w3.org/2000/svg")t4=t4.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t4!="width"&&t4!="height"&&t4!="href"&&t4!="list"&&t4!="form"&&t4!="tabIndex"&&t4!="download"&&t4!="rowSpan"&&t4!="colSpan"&&t4!="role"&&t4!="popover"&&t4 in n3)try{return void(n3[t4]=r3??"")}catch{}if(typeof r3=="function")return;r3==null||r3===!1&&t4[4]!="-"?n3.removeAttribute(t4):n3.setAttribute(t4,t4=="popover"&&r3==1?"":r3)}}function V(t4){return function(r3){var u3=this.__e;if(u3){if(u3=u3[t4],r3[e]==null)r3[e]=c++;else if(r3[e]<this.__a[t4])return;return u3(n.event?n.event(r3):r3)}}}function z(t4,r3,u3,i3,f3,o3,e3,l3,c3,a3){var s3,p3,v3,d3,k3,b2,m3,M6,C3,j3,L2,H2,q2,A3,O,P2,T3,N2,V2=r3.type;if(r3.constructor!==h)return null;128&u3.__u&&(c3=32&u3.__u,s3=u3.__c.__z)&&(r3.__u|=c3,p3=o3=[],s3.nodeType==8?l3=B(s3,o3):o3.push(s3),l3=o3[0]||l3),(s3=n.__b)&&s3(r3);n:if(typeof V2=="function"){v3=e3.length;try{if(M6=r3.props,C3=(s3=V2.prototype)&&s3.render,j3=(s3=V2.contextType)&&i3[s3.__c],L2=s3?j3?j3.props.value:s3.__:i3,(d3=u3.__c)?(r3.__c=d3,2&d3.__g&&(d3.__g|=1)):(C3?r3.__c=d3=new V2(M6,L2):(r3.__c=d3=new x(M6,L2),d3.constructor=V2,d3.render=K),j3&&j3.sub(d3),d3.state||(d3.state={}),d3.__n=i3,d3.__g|=8,d3.__h=[],d3.__k=[]),C3&&(d3.__s||(d3.__s=d3.state),V2.getDerivedStateFromProps&&(d3.__s==d3.state&&(d3.__s=_({},d3.__s)),_(d3.__s,V2.getDerivedStateFromProps(M6,d3.__s)))),k3=d3.props,b2=d3.state,d3.__v=r3,u3.__c){if(M6!==k3&&C3&&!V2.getDerivedStateFromProps&&d3.componentWillReceiveProps&&d3.componentWillReceiveProps(M6,L2),r3.__v==u3.__v&&!(8&d3.__g)||!(4&d3.__g)&&d3.shouldComponentUpdate&&d3.shouldComponentUpdate(M6,d3.__s,L2)===!1){r3.__v!=u3.__v&&(d3.props=M6,d3.state=d3.__s,d3.__g&=-9),r3.__e=u3.__e,r3.__k=u3.__k,r3.__k.some(function(n3){n3&&(n3.__=r3)}),y.push.apply(d3.__h,d3.__k),d3.__k=[],d3.__h.length&&e3.push(d3),l3=S(u3);break n}d3.componentWillUpdate&&d3.componentWillUpdate(M6,d3.__s,L2),C3&&d3.componentDidUpdate&&d3.__h.push(function(){d3.componentDidUpdate(k3,b2,m3)})}else C3&&!V2.getDerivedStateFromProps&&d3.componentWillMount&&d3.componentWillMount(),C3&&d3.componentDidMount&&d3.__h.push(d3.componentDidMount);d3.context=L2,d3.props=M6,d3.__P=t4,d3.__g&=-5,H2=n.__r,q2=C3?25:0;do d3.__g&=-9,H2&&H2(r3),s3=d3.render(d3.props,d3.state=d3.__s,d3.context);while(8&d3.__g&&++q2<25);C3&&(y.push.apply(d3.__h,d3.__k),d3.__k=[]),d3.state=d3.__s,d3.getChildContext&&(i3=_({},i3,d3.getChildContext())),C3&&u3.__c&&d3.getSnapshotBeforeUpdate&&(m3=d3.getSnapshotBeforeUpdate(k3,b2)),A3=s3&&s3.type===$&&s3.key==null?s3.props.children:s3,M6.__P&&(s3=l3,f3=(t4=M6.__P).namespaceURI,c3=o3=null,u3.props&&u3.props.__P!=t4&&(u3.__k.some(function(n3){n3&&J(n3,n3)}),u3.__k=null),l3=u3.__k?S(u3,0):null),l3=I(t4,w(A3)?A3:[A3],r3,u3,i3,f3,o3,e3,l3,c3,a3),M6.__P&&(r3.__e=null,l3=s3),r3.__u&=-161,p3&&p3.some(g),d3.__h.length&&e3.push(d3),1&d3.__g&&(d3.__g&=-4)}catch(t5){if(e3.length=v3,r3.__v=null,c3||o3)if(t5&&t5.then){if(r3.__u|=128|c3,o3){for(~(T3=o3.indexOf(l3||void 0))||(T3=o3.length);(N2=o3[T3-1])&&N2.nodeType==8;)T3--;for(;T3<o3.length;T3++)if(N2=o3[T3])if(o3[T3]=null,O){if(N2==P2)break}else{if(N2.nodeType!=8)break;N2.data.startsWith("$s")&&(P2=B(O=N2))}}if(!O){for(;l3&&l3.nodeType==8&&l3.nextSibling;)l3=l3.nextSibling;O=l3}(s3=B(O=r3.__c.__z||(r3.__c.__z=O)))?(r3.__e=O,l3=s3):r3.__e=l3,l3=l3&&l3.nextSibling}else o3&&o3.some(g);else r3.__e=u3.__e;r3.__k||(r3.__k=u3.__k||[]),t5&&t5.then||D(r3),n.__e(t5,r3,u3)}}else l3=r3.__e=F(u3.__e,r3,u3,i3,f3,o3,e3,c3,a3,t4);return(s3=n.diffed)&&s3(r3),l3}function B(n3,t4){if(n3&&n3.nodeType==8&&n3.data.startsWith("$s"))for(var r3=1;n3=n3.nextSibling;){if(n3.nodeType==8){if(n3.data.startsWith("$s"))r3++;else if(n3.data.startsWith("/$s")&&!--r3)return n3}t4&&t4.push(n3)}}function D(n3){n3&&(n3.__c&&(n3.__c.__g|=4),n3.__k&&n3.__k.some(D))}function E(t4,r3,u3){for(var i3=0;i3<u3.length;)G(u3[i3++],u3[i3++],u3[i3++]);n.__c&&n.__c(r3,t4),t4.some(function(r4){try{t4=r4.__h,r4.__h=[],t4.some(function(n3){n3.call(r4)})}catch(t5){n.__e(t5,r4.__v)}})}function F(t4,r3,u3,i3,f3,o3,e3,l3,c3,a3){var s3,h3,y3,_3,k3,b2,m3,M6,$2=u3.props||p,x2=r3.props,C3=r3.type;if(C3=="svg"?f3="http://www.w3.org/2000/svg":C3=="math"?f3="http://www.w3.org/1998/Math/MathML":f3||(f3="http://www.w3.org/1999/xhtml"),o3){for(s3=0;s3<o3.length;s3++)if((k3=o3[s3])&&(C3?k3.localName==C3:k3.nodeType==3)){t4=k3,o3[s3]=null;break}}if(!t4){if(M6=a3.ownerDocument||document,!C3)return M6.createTextNode(x2);t4=M6.createElementNS(f3,C3,x2.is?x2:a3),l3&&(n.__m&&n.__m(r3,o3),l3=!1),o3=null}if(C3){if(a3=C3=="template"&&t4.content||t4,o3=C3=="textarea"&&x2.defaultValue!=null?null:o3&&d.call(a3.childNodes),!l3&&o3)for($2={},s3=0;s3<t4.attributes.length;s3++)$2[(k3=t4.attributes[s3]).name]=k3.value;for(s3 in $2)k3=$2[s3],s3=="dangerouslySetInnerHTML"?y3=k3:s3=="children"||s3 in x2||s3=="value"&&"defaultValue"in x2||s3=="checked"&&"defaultChecked"in x2||N(t4,s3,null,k3,f3);for(s3 in x2)k3=x2[s3],s3=="children"?_3=k3:s3=="dangerouslySetInnerHTML"?h3=k3:s3=="value"?b2=k3:s3=="checked"?m3=k3:l3&&typeof k3!="function"||$2[s3]===k3||N(t4,s3,k3,$2[s3],f3);h3?(l3||y3&&(h3.__html==y3.__html||h3.__html==t4.innerHTML)||(t4.innerHTML=h3.__html),r3.__k=[]):(y3&&(t4.textContent=""),(C3=="foreignObject"||f3=="http://www.w3.org/1998/Math/MathML"&&v.test(C3))&&(f3="http://www.w3.org/1999/xhtml"),I(a3,w(_3)?_3:[_3],r3,u3,i3,f3,o3,e3,o3?o3[0]:u3.__k&&S(u3,0),l3,c3),o3&&o3.some(g)),l3&&C3!="textarea"||(s3="value",C3=="progress"&&b2==null?t4.removeAttribute(s3):b2==null||b2===t4[s3]&&(C3!="progress"||b2)||N(t4,s3,b2,$2[s3],f3),s3="checked",m3!=null&&m3!=t4[s3]&&N(t4,s3,m3,$2[s3],f3))}else $2===x2||l3&&t4.data==x2||(t4.data=x2);return t4}function G(t4,r3,u3,i3){try{typeof t4=="function"?r3?r3.__x=t4(r3)||1:i3&&(i3=i3.__c||i3.__e)&&(r3=i3.__x)&&(i3.__x=null,typeof r3=="function"?r3():t4(null)):t4.current=r3}catch(t5){n.__e(t5,u3)}}function J(t4,r3,u3){var i3,f3,o3,e3;if(n.unmount&&n.unmount(t4),!(i3=t4.ref)||i3.current&&i3.current!=t4.__e||G(i3,null,r3,t4),i3=t4.__c){if(i3.componentWillUnmount)try{i3.componentWillUnmount()}catch(t5){n.__e(t5,r3)}i3.__P=i3.__n=null}if(i3=t4.__k)for(e3=0;e3<i3.length;e3++)i3[e3]&&J(i3[e3],r3,typeof t4.type!="function"||u3&&!t4.props.__P);!u3&&(i3=t4.__c)&&(i3=i3.__z)&&(f3=B(i3,o3=[]))&&(i3==t4.__e&&o3.some(g),g(f3),g(i3)),u3||g(t4.__e),t4.__e=t4.__c=t4.__=null}function K(n3,t4,r3){return this.constructor(n3,r3)}function Q(t4,r3){var u3,i3,f3,o3;n.__&&n.__(t4,r3),r3.nodeType==9&&(r3=r3.documentElement),i3=(u3=t4&&32&t4.__u)?null:r3.__k,r3.__k=m($,{children:[t4]}),f3=[],o3=[],z(r3,r3.__k,i3||p,p,r3.namespaceURI,i3?null:r3.firstChild?d.call(r3.childNodes):null,f3,i3?i3.__e:r3.firstChild,u3,o3),E(f3,r3.__k,o3),r3.__k.props.children=null}function U(n3){function t4(n4){var r3,u3;return this.getChildContext||(r3=new Set,(u3={})[t4.__c]=this,this.getChildContext=function(){return u3},this.shouldComponentUpdate=function(n5){this.props.value!=n5.value&&r3.forEach(function(n6){n6.__g|=4,L(n6)})},this.sub=function(n5){r3.add(n5);var t5=n5.componentWillUnmount;n5.componentWillUnmount=function(){r3.delete(n5),t5&&t5.call(n5)}}),n4.children}return t4.__c="__cC"+s++,t4.__=n3,t4.Provider=(t4.Consumer=function(n4,t5){return n4.children(t5)}).contextType=t4,t4}n={__e:function(n3,t4,r3,u3){for(var i3,o3,e3;t4=t4.__;)if((i3=t4.__c)&&!(1&i3.__g)){i3.__g|=4;try{if((e3=(o3=i3.constructor)&&o3.getDerivedStateFromError)&&i3.setState(o3.getDerivedStateFromError(n3)),i3.componentDidCatch&&(i3.componentDidCatch(n3,u3||{}),e3=1),e3&&8&i3.__g)return void(i3.__g|=2)}catch(t5){n3=t5}}throw f=0,n3}},t=0,r=function(n3){return n3!=null&&n3.constructor===h},x.prototype.setState=function(n3,t4){var r3=this.__s;r3&&r3!=this.state||(r3=this.__s=_({},this.state)),typeof n3=="function"&&(n3=n3(_({},r3),this.props)),n3&&(_(r3,n3),this.__v&&(t4&&this.__k.push(t4),L(this)))},x.prototype.forceUpdate=function(n3){this.__v&&(this.__g|=4,n3&&this.__h.push(n3),L(this))},x.prototype.render=$,u=[],f=0,o=function(n3,t4){return n3.__v.__b-t4.__v.__b},e=Symbol(),l=/(PointerCapture)$|Capture$/i,c=0,a={},s=0;var t2,r2,u2,i2,o2=Object.is,f2=0,c2=[],e2=[],a2=n,v2=a2.__b,l2=a2.__r,m2=a2.diffed,h2=a2.__c,s2=a2.unmount,p2=a2.__;function y2(n3,t4){a2.__h&&a2.__h(r2,n3,f2||t4),f2=0;var u3=r2.__H||(r2.__H={__:[],__h:[]});return n3>=u3.__.length&&u3.__.push({}),u3.__[n3]}function d2(n3){return f2=1,_2(G2,n3)}function _2(n3,u3,i3){var f3=y2(t2++,2);if(f3.t=n3,!f3.__c&&(f3.__=[i3?i3(u3):G2(void 0,u3),function(n4){var t4=(f3.__N||f3.__)[0],r3=f3.t(t4,n4);o2(t4,r3)||(f3.__N=[r3,f3.__[1]],f3.__c.setState({}))}],f3.__c=r2,!r2.__f)){r2.__f=!0;var c3=r2.shouldComponentUpdate;r2.shouldComponentUpdate=function(n4,t4,r3){var u4=this.__H;if(!u4)return!0;var i4=!1,f4=this.props!=n4;if(u4.__.some(function(n5){n5.__N&&(i4=!0,o2(n5.__[0],n5.__N[0])||(f4=!0))}),c3){var e3=c3.call(this,n4,t4,r3);return i4?e3||f4:e3}return!i4||f4}}return f3.__}function A2(n3,u3){var i3=y2(t2++,3);!a2.__s&&E2(i3.__H,u3)&&(i3.__P=!0,i3.__=n3,i3.u=u3,r2.__H.__h.push(i3))}function T2(n3){return f2=5,w2(function(){return{current:n3}},[])}function w2(n3,r3){var u3=y2(t2++,7);return E2(u3.__H,r3)&&(u3.__=n3(),u3.__H=r3),u3.__}function b(n3,t4){return f2=8,w2(function(){return n3},t4)}function j2(n3){var u3=r2.context[n3.__c],i3=y2(t2++,9);return i3.c=n3,u3?(i3.__==null&&(i3.__=!0,u3.sub(r2)),u3.props.value):n3.__}function g2(){var n3;do{for(;n3=e2.shift();)try{C2(n3)}catch(t5){a2.__e(t5,{__:(n3=n3.__P)&&n3.__v})}for(;n3=c2.shift();){var t4=n3.__H;if(n3.__P&&t4)try{t4.__h.some(C2),t4.__h.some(D2),t4.__h=[]}catch(r3){t4.__h=[],a2.__e(r3,n3.__v)}}}while(e2.length)}a2.__b=function(n3){r2=null,v2&&v2(n3)},a2.__=function(n3,t4){n3&&t4.__k&&t4.__k.__m&&(n3.__m=t4.__k.__m),p2&&p2(n3,t4)},a2.__r=function(n3){l2&&l2(n3),t2=0;var i3=(r2=n3.__c).__H;i3&&(u2==r2?r2.__h=[]:(i3.__h.some(C2),i3.__h.some(D2),t2=0),i3.__h=[],i3.__.some(function(n4){n4.__N&&(n4.__=n4.__N),n4.u=n4.__N=void 0})),u2=r2},a2.diffed=function(n3){m2&&m2(n3);var t4=n3.__c;t4&&t4.__H&&(t4.__H.__h.length&&B2(c2.push(t4)),t4.__H.__.some(function(n4){n4.u&&(n4.__H=n4.u)})),u2=r2=null},a2.__c=function(n3,t4){t4.some(function(n4){try{n4.__h.some(C2),n4.__h=n4.__h.filter(function(n5){return!n5.__||D2(n5)})}catch(t5){n4.__h=[function(){throw t5}]}}),h2&&h2(n3,t4)},a2.unmount=function(n3){s2&&s2(n3);var t4,r3,u3=n3.__c;u3&&u3.__H&&(u3.__H.__.some(function(u4){try{if(u4.__P&&u4.__c){if(r3===void 0){for(r3=n3.__;r3&&(!r3.__c||!r3.__c.__P);)r3=r3.__;r3=r3&&r3.__c}u4.__P=r3,B2(e2.push(u4))}else C2(u4)}catch(n4){t4=n4}}),u3.__H=void 0,t4&&a2.__e(t4,u3.__v))};var k2=typeof requestAnimationFrame=="function";function z2(n3){var t4,r3=function(){clearTimeout(u3),k2&&cancelAnimationFrame(t4),setTimeout(n3)},u3=setTimeout(r3,35);k2&&(t4=requestAnimationFrame(r3))}function B2(n3){n3!=1&&i2==a2.requestAnimationFrame||((i2=a2.requestAnimationFrame)||z2)(g2)}function C2(n3){var t4=r2,u3=n3.__c;typeof u3=="function"&&(n3.__c=void 0,u3()),r2=t4}function D2(n3){var t4=r2;n3.__c=n3.__(),r2=t4}function E2(n3,t4){return!n3||n3.length!=t4.length||t4.some(function(t5,r3){return!o2(t5,n3[r3])})}function G2(n3,t4){return typeof t4=="function"?t4(n3):t4}var n2=function(t4,s3,r3,e3){var u3;s3[0]=0;for(var h3=1;h3<s3.length;h3++){var p3=s3[h3++],a3=s3[h3]?(s3[0]|=p3?1:2,r3[s3[h3++]]):s3[++h3];p3===3?e3[0]=a3:p3===4?e3[1]=Object.assign(e3[1]||{},a3):p3===5?(e3[1]=e3[1]||{})[s3[++h3]]=a3:p3===6?e3[1][s3[++h3]]+=a3+"":p3?(u3=t4.apply(a3,n2(t4,a3,r3,["",null])),e3.push(u3),a3[0]?s3[0]|=2:(s3[h3-2]=0,s3[h3]=u3)):e3.push(a3)}return e3},t3=new Map;function htm_default(s3){var r3=t3.get(this);return r3||(r3=new Map,t3.set(this,r3)),(r3=n2(this,r3.get(s3)||(r3.set(s3,r3=(function(n3){for(var t4,s4,r4=1,e3="",u3="",h3=[0],p3=function(n4){r4===1&&(n4||(e3=e3.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?h3.push(0,n4,e3):r4===3&&(n4||e3)?(h3.push(3,n4,e3),r4=2):r4===2&&e3==="..."&&n4?h3.push(4,n4,0):r4===2&&e3&&!n4?h3.push(5,0,!0,e3):r4>=5&&((e3||!n4&&r4===5)&&(h3.push(r4,0,e3,s4),r4=6),n4&&(h3.push(r4,n4,0,s4),r4=6)),e3=""},a3=0;a3<n3.length;a3++){a3&&(r4===1&&p3(),p3(a3));for(var l3=0;l3<n3[a3].length;l3++)t4=n3[a3][l3],r4===1?t4==="<"?(p3(),h3=[h3],r4=3):e3+=t4:r4===4?e3==="--"&&t4===">"?(r4=1,e3=""):e3=t4+e3[0]:u3?t4===u3?u3="":e3+=t4:t4==='"'||t4==="'"?u3=t4:t4===">"?(p3(),r4=1):r4&&(t4==="="?(r4=5,s4=e3,e3=""):t4==="/"&&(r4<5||n3[a3][l3+1]===">")?(p3(),r4===3&&(h3=h3[0]),r4=h3,(h3=h3[0]).push(2,0,r4),r4=0):t4===" "||t4==="	"||t4===`
`||t4==="\r"?(p3(),r4=2):e3+=t4),r4===3&&e3==="!--"&&(r4=4,h3=h3[0])}return p3(),h3})(s3)),r3),arguments,[])).length>1?r3:r3[0]}var html=htm_default.bind(k);var defaultLocale=typeof navigator<"u"?navigator.language:"en-US",defaultTimeZone;function setLocale(locale,timeZone){locale&&(defaultLocale=String(locale).replace("_","-")),timeZone&&(defaultTimeZone=timeZone)}var formatters=new Map;function formatter(Kind,locale,options){let key=`${Kind.name} ${locale} ${JSON.stringify(options)}`,made=formatters.get(key);return made||(made=new Kind(locale,options),formatters.set(key,made)),made}function money(value,locale=defaultLocale){if(value==null||value.amount==null)return"\u2014";let amount=Number(value.amount);try{return formatter(Intl.NumberFormat,locale,{style:"currency",currency:value.currencyCode}).format(amount)}catch{return`${value.amount} ${value.currencyCode}`}}function asDate(value){if(!value)return null;let date2=value instanceof Date?value:new Date(value.length===10?`${value}T00:00:00`:value);return Number.isNaN(date2.getTime())?null:date2}function date(value,locale=defaultLocale){let d3=asDate(value);if(!d3)return"\u2014";let plain=typeof value=="string"&&value.length===10;return formatter(Intl.DateTimeFormat,locale,{dateStyle:"medium",timeZone:plain?void 0:defaultTimeZone}).format(d3)}function dateTime(value,locale=defaultLocale){let d3=asDate(value);return d3?formatter(Intl.DateTimeFormat,locale,{dateStyle:"medium",timeStyle:"short",timeZone:defaultTimeZone}).format(d3):"\u2014"}function waited(seconds){if(seconds==null)return"\u2014";let s3=Math.max(0,Math.round(seconds)),d3=Math.floor(s3/86400),h3=Math.floor(s3%86400/3600),m3=Math.floor(s3%3600/60);return d3?h3?`${d3} d ${h3} h`:`${d3} d`:h3?m3?`${h3} h ${m3} min`:`${h3} h`:`${m3} min`}function humanize(code){if(!code)return"";let text=String(code).toLowerCase().replaceAll("_"," ");return text.charAt(0).toUpperCase()+text.slice(1)}var ApiError=class extends Error{constructor(message,{status=0,errors=[]}={}){super(message),this.name="ApiError",this.status=status,this.errors=errors}},SessionExpired=class extends ApiError{constructor(message="Your session has expired."){super(message,{status:401}),this.name="SessionExpired"}},RateLimited=class extends ApiError{constructor(retryAfter){super(retryAfter?`Too many requests. Try again in ${retryAfter} seconds.`:"Too many requests. Try again in a moment.",{status:429}),this.name="RateLimited",this.retryAfter=retryAfter}};function createClient({endpoint,getToken=()=>null,refreshToken=null,headers={}}){async function send(query,variables,token){let hdrs={"Content-Type":"application/json",Accept:"application/json",...headers};token&&(hdrs.Authorization=`Bearer ${token}`);let response;try{response=await fetch(endpoint,{method:"POST",headers:hdrs,body:JSON.stringify({query,variables})})}catch{throw new ApiError("Cannot reach the server. Check your connection and try again.")}return response}async function request(query,variables={}){let response=await send(query,variables,getToken());if(response.status===401&&refreshToken){let fresh=await refreshToken();fresh&&(response=await send(query,variables,fresh))}if(response.status===401)throw new SessionExpired;if(response.status===429){let after=Number.parseInt(response.headers.get("Retry-After")||"",10);throw new RateLimited(Number.isFinite(after)?after:null)}let body=null;try{body=await response.json()}catch{}if(!response.ok||!body){let message=body?.errors?.[0]?.message||`The server answered ${response.status}.`;throw new ApiError(message,{status:response.status,errors:body?.errors||[]})}if(body.errors?.length)throw new ApiError(body.errors[0].message,{status:response.status,errors:body.errors});return body.data}return{request}}function fieldErrors(userErrors,{strip=[]}={}){let out={};for(let error of userErrors||[]){let path=[...error.field||[]];for(;path.length&&strip.includes(path[0]);)path=path.slice(1);let key=path.join(".");(out[key]||=[]).push(error.message)}return out}function errorsAt(errors,key,{prefix=!1}={}){return errors?prefix?Object.entries(errors).filter(([k3])=>k3===key||k3.startsWith(key+".")).flatMap(([,v3])=>v3):errors[key]||[]:[]}var nextId=0;function uid(prefix="f"){return nextId+=1,`${prefix}-${nextId}`}function FieldError({id,messages}){return!messages||!messages.length?null:html`<div class="field-error" id=${id} role="alert">${messages.map(m3=>html`<div>${m3}</div>`)}</div>`}function Field({label:label3,help,errors,children,id,hideLabel=!1}){let fieldId=id||uid("field"),errId=`${fieldId}-error`,helpId=`${fieldId}-help`,described=[errors?.length?errId:null,help?helpId:null].filter(Boolean).join(" ")||void 0,control=children({id:fieldId,"aria-describedby":described,"aria-invalid":errors?.length?"true":void 0});return html`<div class=${"field"+(errors?.length?" has-error":"")}>
    <label for=${fieldId} class=${hideLabel?"visually-hidden":"label"}>${label3}</label>
    ${control}
    ${help?html`<div class="help" id=${helpId}>${help}</div>`:null}
    <${FieldError} id=${errId} messages=${errors} />
  </div>`}function Banner({tone="critical",title,children,onDismiss}){let role=tone==="critical"?"alert":"status";return html`<div class=${`banner banner-${tone}`} role=${role}>
    <div class="banner-body">${title?html`<strong class="banner-title">${title}</strong>`:null}${children}</div>
    ${onDismiss?html`<button type="button" class="button plain" aria-label="Dismiss" onClick=${onDismiss}>×</button>`:null}
  </div>`}var TONES={REQUESTED:"attention",ON_HOLD:"critical",OPEN:"info",RECEIVED:"info",CLOSED:"success",DECLINED:"neutral",CANCELED:"neutral",CANCELLED:"neutral",PENDING:"attention",SUCCEEDED:"success",FAILED:"critical",SENT:"success",SENDING:"info",CLEARED:"success",CONFIRMED_FRAUD:"critical",HIGH:"critical",MEDIUM:"attention",LOW:"success",NONE:"neutral"};function Badge({value,tone,children}){let t4=tone||TONES[value]||"neutral";return html`<span class=${`badge badge-${t4}`}>${children||humanize(value)}</span>`}function Spinner({label:label3="Loading\u2026"}){return html`<div class="loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>${label3}</div>`}function EmptyState({title,children}){return html`<div class="empty"><p class="empty-title">${title}</p>${children?html`<p class="subdued">${children}</p>`:null}</div>`}function Card({title,actions,children,className=""}){return html`<section class=${"card "+className} aria-label=${title||void 0}>
    ${title||actions?html`<div class="card-header">${title?html`<h2>${title}</h2>`:null}${actions?html`<div class="card-actions">${actions}</div>`:null}</div>`:null}
    ${children}
  </section>`}var KEY="recourse.admin.token";function initialToken(){let url=new URL(location.href),fromUrl=url.searchParams.get("id_token");return fromUrl?(sessionStorage.setItem(KEY,fromUrl),url.searchParams.delete("id_token"),history.replaceState(history.state,"",url.pathname+(url.search||"")+url.hash),fromUrl):sessionStorage.getItem(KEY)}function currentToken(){return sessionStorage.getItem(KEY)}function setToken(token){token?sessionStorage.setItem(KEY,token):sessionStorage.removeItem(KEY)}function embedded(){return window.parent!==window}function requestHostToken(timeout=5e3){return embedded()?new Promise(resolve2=>{let done=token=>{window.removeEventListener("message",listen),clearTimeout(timer),resolve2(token)};function listen(event){if(event.source!==window.parent)return;let data=event.data;data&&data.type==="recourse:session-token"&&typeof data.token=="string"&&(setToken(data.token),done(data.token))}window.addEventListener("message",listen);let timer=setTimeout(()=>done(null),timeout);window.parent.postMessage({type:"recourse:session-token-request"},"*")}):Promise.resolve(null)}var client=createClient({endpoint:"/admin/graphql",getToken:currentToken,refreshToken:()=>requestHostToken()}),inFlight=0;function busy(delta2){inFlight+=delta2;let root2=document.getElementById("root");inFlight>0?root2.setAttribute("aria-busy","true"):root2.removeAttribute("aria-busy")}async function inFlightUntil(promise){busy(1);try{return await promise}finally{busy(-1)}}function gql(query,variables){return inFlightUntil(client.request(query,variables))}function report(error){error instanceof SessionExpired&&window.dispatchEvent(new CustomEvent("recourse:session-expired"))}function useQuery(query,variables={},key=JSON.stringify(variables)){let[state,setState]=d2({data:null,error:null,loading:!0}),[tick,setTick]=d2(0),waiting=T2([]);A2(()=>{let live=!0;return setState(s3=>({...s3,loading:!0,error:null})),gql(query,variables).then(data=>live&&setState({data,error:null,loading:!1})).catch(error=>{report(error),live&&setState({data:null,error,loading:!1})}).finally(()=>{live&&waiting.current.splice(0).forEach(resolve2=>resolve2())}),()=>{live=!1}},[key,tick]);let reload=b(()=>inFlightUntil(new Promise(resolve2=>{waiting.current.push(resolve2),setTick(t4=>t4+1)})),[]);return{...state,reload}}function Loaded({state,children,label:label3}){return state.loading&&!state.data?html`<${Spinner} label=${label3||"Loading\u2026"} />`:state.error?html`<${Banner} title="This could not be loaded">${state.error.message}
    <div><button class="button small" type="button" onClick=${state.reload}>Try again</button></div></${Banner}>`:children(state.data)}function PageHeader({title,back,backLabel="Back",badges,actions,subtitle}){return html`<div class="page-header">
    <div>
      ${back?html`<a class="breadcrumb" href=${back}>← ${backLabel}</a>`:null}
      <div class="row"><h1>${title}</h1>${badges}</div>
      ${subtitle?html`<p class="subdued">${subtitle}</p>`:null}
    </div>
    ${actions?html`<div class="row">${actions}</div>`:null}
  </div>`}function ActionDialog({title,confirmLabel,tone="primary",onConfirm,onClose,onDone,children,strip=["input"]}){let ref=T2(null),[busy2,setBusy]=d2(!1),[errors,setErrors]=d2({}),[failure,setFailure]=d2(null);A2(()=>{let dialog=ref.current;return dialog&&!dialog.open&&dialog.showModal(),()=>{dialog?.open&&dialog.close()}},[]);async function submit(event){event.preventDefault(),setBusy(!0),setFailure(null);try{let userErrors=await onConfirm();userErrors&&userErrors.length?setErrors(fieldErrors(userErrors,{strip})):(setErrors({}),onDone&&onDone(),onClose())}catch(error){report(error),setFailure(error.message)}finally{setBusy(!1)}}let general=errors[""]||[],titleId="dialog-title-"+title.replace(/\W+/g,"-").toLowerCase();return html`<dialog ref=${ref} aria-labelledby=${titleId} onCancel=${e3=>{e3.preventDefault(),onClose()}}>
    <form onSubmit=${submit} novalidate>
      <div class="dialog-header"><h2 id=${titleId}>${title}</h2>
        <button type="button" class="button plain" aria-label="Close" onClick=${onClose}>×</button></div>
      <div class="dialog-body">
        ${failure?html`<${Banner}>${failure}</${Banner}>`:null}
        ${general.length?html`<${Banner}>${general.map(m3=>html`<div>${m3}</div>`)}</${Banner}>`:null}
        ${typeof children=="function"?children(errors):children}
      </div>
      <div class="dialog-footer">
        <button type="button" class="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class=${"button "+tone} disabled=${busy2} aria-busy=${busy2?"true":void 0}>${busy2?"Working\u2026":confirmLabel}</button>
      </div>
    </form>
  </dialog>`}function usePager(){let[stack,setStack]=d2([null]);return{after:stack[stack.length-1],page:stack.length,next:cursor=>setStack(s3=>[...s3,cursor]),previous:()=>setStack(s3=>s3.length>1?s3.slice(0,-1):s3),reset:()=>setStack([null])}}function Pager({pager,pageInfo,label:label3}){return!pageInfo||pager.page===1&&!pageInfo.hasNextPage?null:html`<nav class="pager" aria-label=${label3||"Pages"}>
    <button type="button" class="button" disabled=${pager.page===1} onClick=${pager.previous}>← Previous</button>
    <span class="subdued">Page ${pager.page}</span>
    <button type="button" class="button" disabled=${!pageInfo.hasNextPage} onClick=${()=>pager.next(pageInfo.endCursor)}>Next →</button>
  </nav>`}function who(actor){if(!actor)return"";let[kind]=String(actor).split(":");return{staff:"Staff",customer:"Customer",guest:"Customer",policy:"Policy",platform:"Platform",demo:"Demo"}[kind]||actor}var ShopContext=U(null),useShop=()=>j2(ShopContext);var QUERY=`query Home {
  workQueue {
    awaitingReview { count waitingSeconds }
    heldForReview { count waitingSeconds }
    awaitingInspection { count waitingSeconds }
    refundsPending { count waitingSeconds }
    platformFailed { count waitingSeconds }
    exchangesWaitingForStock { count waitingSeconds }
    exchangesUnreturned { count waitingSeconds }
  }
  returns(first: 5) { nodes { id name status requestedAt customerEmail quotedTotal { amount currencyCode } } }
}`,QUEUES=[["awaitingReview","Requests awaiting review","#/returns?status=REQUESTED","Approve or decline"],["heldForReview","Held for fraud review","#/fraud","Clear or confirm fraud"],["awaitingInspection","Parcels awaiting inspection","#/returns?status=RECEIVED","Inspect received items"],["refundsPending","Refunds pending confirmation","#/refunds?status=PENDING","Confirm what the platform paid"],["platformFailed","Failed on the platform","#/platform","Read what the platform said, retry"],["exchangesWaitingForStock","Exchanges waiting for stock","#/returns?status=OPEN","Restock, or they fall back"],["exchangesUnreturned","Exchanges never returned","#/returns?status=OPEN","Charge via invoice"]];function QueueCard({item,label:label3,href,hint}){return html`<a class="card queue-card" href=${href} data-queue=${label3}>
    <span class="queue-label">${label3}</span>
    <span class="queue-count">${item.count}</span>
    <span class="subdued">${item.count?`Oldest waiting ${waited(item.waitingSeconds)}`:"Nothing waiting"}</span>
    <span class="queue-hint">${hint} →</span>
  </a>`}function Home(){let shop=useShop(),state=useQuery(QUERY);return html`<${PageHeader} title="Home" subtitle=${shop.name?`What needs ${shop.name} staff now`:"What needs staff now"} />
    <${Loaded} state=${state} label="Loading your queues…">${data=>html`
      <div class="grid-cards" role="list" aria-label="Work queues">
        ${QUEUES.map(([key,label3,href,hint])=>html`<div role="listitem"><${QueueCard} item=${data.workQueue[key]} label=${label3} href=${href} hint=${hint} /></div>`)}
      </div>
      <div class="spacer"></div>
      <${Card} title="Latest returns" actions=${html`<a class="button plain" href="#/returns">View all returns</a>`} className="flush">
        ${data.returns.nodes.length?html`<div class="table-wrap"><table class="index stackable">
          <thead><tr><th scope="col">Return</th><th scope="col">Status</th><th scope="col">Customer</th><th scope="col">Requested</th><th scope="col" class="num">Quoted refund</th></tr></thead>
          <tbody>${data.returns.nodes.map(r3=>html`<tr>
            <td data-label="Return"><a href=${`#/returns/${encodeURIComponent(r3.id)}`}>${r3.name}</a></td>
            <td data-label="Status"><${Badge} value=${r3.status} /></td>
            <td data-label="Customer">${r3.customerEmail||"\u2014"}</td>
            <td data-label="Requested">${dateTime(r3.requestedAt)}</td>
            <td data-label="Quoted refund" class="num">${money(r3.quotedTotal)}</td></tr>`)}</tbody>
        </table></div>`:html`<${EmptyState} title="No returns yet">Returns customers request appear here.</${EmptyState}>`}
      </${Card}>`}
    </${Loaded}>`}var QUERY2=`query Returns($first: Int!, $after: String, $status: ReturnStatus, $query: String, $reason: ReturnReason,
  $resolution: ReturnResolution, $risk: RiskAssessmentResult, $from: Date, $to: Date) {
  returns(first: $first, after: $after, status: $status, query: $query, reason: $reason, resolution: $resolution,
          riskLevel: $risk, requestedFrom: $from, requestedTo: $to) {
    nodes { id name status requestedAt customerEmail customerName quotedTotal { amount currencyCode } lines { quantity } risk { level } }
    pageInfo { hasNextPage endCursor }
  }
}`,BULK=`mutation Bulk($ids: [ID!]!, $action: ReturnBulkAction!, $key: String) {
  returnsBulk(ids: $ids, action: $action, idempotencyKey: $key) {
    results { returnId return { id name status } userErrors { field message code } }
    userErrors { field message code }
  }
}`,TABS=[[null,"All"],["REQUESTED","Requested"],["ON_HOLD","On hold"],["OPEN","Open"],["RECEIVED","Received"],["CLOSED","Closed"],["DECLINED","Declined"],["CANCELED","Canceled"]],REASONS=["DEFECTIVE","DAMAGED","WRONG_ITEM","NOT_AS_DESCRIBED","SIZE_TOO_SMALL","SIZE_TOO_LARGE","COLOR","STYLE","UNWANTED","INCOMPLETE","LATE_DELIVERY","OTHER"],RESOLUTIONS=["REFUND","EXCHANGE","REPLACEMENT","STORE_CREDIT"],RISKS=["HIGH","MEDIUM","LOW"],FILTERS=["status","q","reason","resolution","risk","from","to"],BULK_ACTIONS=[["APPROVE","Approve","approved"],["MARK_RECEIVED","Mark received","marked received"],["REFUND","Refund","refunded"]];function returnsHref(filters){let params=new URLSearchParams;for(let key of FILTERS)filters[key]&&params.set(key,filters[key]);let query=params.toString();return query?`#/returns?${query}`:"#/returns"}function SelectFilter({label:label3,name,value,options,onPick}){return html`<${Field} label=${label3}>${p3=>html`<select ...${p3} name=${name} value=${value||""} onChange=${e3=>onPick(name,e3.target.value)}>
    <option value="">Any</option>${options.map(o3=>html`<option value=${o3}>${humanize(o3)}</option>`)}</select>`}</${Field}>`}function BulkDialog({action,rows,onClose,onResult}){let[,label3,done]=BULK_ACTIONS.find(([a3])=>a3===action),[key]=d2(()=>crypto.randomUUID());return html`<${ActionDialog} title=${`${label3} ${rows.length} ${rows.length===1?"return":"returns"}?`} confirmLabel=${label3} onClose=${onClose}
    strip=${[]} onConfirm=${async()=>{let payload=(await gql(BULK,{ids:rows.map(r3=>r3.id),action,key})).returnsBulk;return payload.userErrors.length||onResult({label:label3,done,rows,results:payload.results}),payload.userErrors}}>
    <p>Each return goes through the same step as on its own page${action==="REFUND"?" (the policy's quote for what was accepted)":""}.
      One that cannot be ${done} is listed afterwards and does not stop the others.</p>
    <ul class="bulk-names">${rows.map(r3=>html`<li>${r3.name}${r3.customerName?` \xB7 ${r3.customerName}`:""}</li>`)}</ul>
  </${ActionDialog}>`}function BulkResult({outcome,onDismiss}){let names=Object.fromEntries(outcome.rows.map(r3=>[r3.id,r3.name])),failed=outcome.results.filter(r3=>r3.userErrors.length).length,tone=failed===0?"success":failed===outcome.results.length?"critical":"warning";return html`<${Banner} tone=${tone} onDismiss=${onDismiss}
    title=${`${outcome.label}: ${outcome.results.length-failed} of ${outcome.results.length} ${outcome.done}`}>
    <ul class="bulk-results" aria-label="Bulk results">${outcome.results.map(r3=>html`<li data-return=${names[r3.returnId]}>
      <a href=${`#/returns/${encodeURIComponent(r3.returnId)}`}>${names[r3.returnId]}</a>:
      ${r3.userErrors.length?html` <span class="bulk-failed">not ${outcome.done}: ${r3.userErrors.map(e3=>e3.message).join("; ")}</span>`:html` ${outcome.done} <${Badge} value=${r3.return.status} />`}</li>`)}</ul>
  </${Banner}>`}function Returns({route}){let filters=Object.fromEntries(FILTERS.map(k3=>[k3,route.params.get(k3)||""])),[text,setText]=d2(filters.q),[from,setFrom]=d2(filters.from),[to,setTo]=d2(filters.to),[selected,setSelected]=d2([]),[bulk,setBulk]=d2(null),[outcome,setOutcome]=d2(null),pager=usePager(),state=useQuery(QUERY2,{first:20,after:pager.after,status:filters.status||null,query:filters.q||null,reason:filters.reason||null,resolution:filters.resolution||null,risk:filters.risk||null,from:filters.from||null,to:filters.to||null}),go=changes=>{location.hash=returnsHref({...filters,...changes})},pick=(name,value)=>go({[name]:value}),apply=e3=>{e3.preventDefault(),go({q:text.trim(),from,to})},filtered=FILTERS.some(k3=>k3!=="status"&&filters[k3]),rows=state.data?.returns.nodes||[],chosen2=rows.filter(r3=>selected.includes(r3.id)),toggle=(id,on)=>setSelected(on?[...selected,id]:selected.filter(x2=>x2!==id));return html`<${PageHeader} title="Returns" />
    ${outcome?html`<${BulkResult} outcome=${outcome} onDismiss=${()=>setOutcome(null)} />`:null}
    <${Card} className="flush">
      <nav class="tabs" aria-label="Return status">
        ${TABS.map(([value,label3])=>html`<a class="tab" href=${returnsHref({...filters,status:value||""})}
          aria-current=${(filters.status||null)===value?"page":void 0}>${label3}</a>`)}
      </nav>
      <form class="filters grid-filters" role="search" aria-label="Search and filter returns" onSubmit=${apply}>
        <${Field} label="Search returns">${p3=>html`<input ...${p3} type="search" placeholder="Customer name or email, order (#1001)" value=${text}
          onInput=${e3=>setText(e3.target.value)} />`}</${Field}>
        <${SelectFilter} label="Reason" name="reason" value=${filters.reason} options=${REASONS} onPick=${pick} />
        <${SelectFilter} label="Resolution" name="resolution" value=${filters.resolution} options=${RESOLUTIONS} onPick=${pick} />
        <${SelectFilter} label="Risk" name="risk" value=${filters.risk} options=${RISKS} onPick=${pick} />
        <${Field} label="Requested from">${p3=>html`<input ...${p3} type="date" value=${from} max=${to||void 0} onInput=${e3=>setFrom(e3.target.value)} />`}</${Field}>
        <${Field} label="Requested to">${p3=>html`<input ...${p3} type="date" value=${to} min=${from||void 0} onInput=${e3=>setTo(e3.target.value)} />`}</${Field}>
        <div class="row filter-buttons">
          <button class="button" type="submit">Search</button>
          ${filtered?html`<a class="button plain" href=${returnsHref({status:filters.status})}>Clear filters</a>`:null}
        </div>
      </form>
      ${chosen2.length?html`<div class="bulk-bar" role="region" aria-label="Bulk actions">
        <strong>${chosen2.length} selected</strong>
        ${BULK_ACTIONS.map(([action,label3])=>html`<button type="button" class="button small" onClick=${()=>{setOutcome(null),setBulk(action)}}>${label3}</button>`)}
        <button type="button" class="button plain small" onClick=${()=>setSelected([])}>Clear selection</button>
      </div>`:null}
      <${Loaded} state=${state} label="Loading returns…">${data=>data.returns.nodes.length?html`
        <div class="table-wrap"><table class="index stackable selectable">
          <caption class="visually-hidden">Returns${filters.status?` with status ${humanize(filters.status)}`:""}</caption>
          <thead><tr>
            <th scope="col" class="pick"><input type="checkbox" aria-label="Select every return on this page"
              checked=${rows.length>0&&chosen2.length===rows.length} onChange=${e3=>setSelected(e3.target.checked?rows.map(r3=>r3.id):[])} /></th>
            <th scope="col">Return</th><th scope="col">Status</th><th scope="col">Customer</th>
            <th scope="col">Items</th><th scope="col">Risk</th><th scope="col">Requested</th><th scope="col" class="num">Quoted refund</th></tr></thead>
          <tbody>${data.returns.nodes.map(r3=>html`<tr>
            <td class="pick" data-label="Select"><input type="checkbox" aria-label=${`Select ${r3.name}`} checked=${selected.includes(r3.id)} onChange=${e3=>toggle(r3.id,e3.target.checked)} /></td>
            <td data-label="Return"><a href=${`#/returns/${encodeURIComponent(r3.id)}`}>${r3.name}</a></td>
            <td data-label="Status"><${Badge} value=${r3.status} /></td>
            <td data-label="Customer"><span class="cell-stack">${r3.customerName?html`<span>${r3.customerName}</span>`:null}<span class=${r3.customerName?"subdued":""}>${r3.customerEmail||"\u2014"}</span></span></td>
            <td data-label="Items">${r3.lines.reduce((n3,l3)=>n3+l3.quantity,0)}</td>
            <td data-label="Risk">${r3.risk?html`<${Badge} value=${r3.risk.level} />`:"\u2014"}</td>
            <td data-label="Requested">${dateTime(r3.requestedAt)}</td>
            <td data-label="Quoted refund" class="num">${money(r3.quotedTotal)}</td>
          </tr>`)}</tbody>
        </table></div>
        <${Pager} pager=${{...pager,next:c3=>{setSelected([]),pager.next(c3)},previous:()=>{setSelected([]),pager.previous()}}}
          pageInfo=${data.returns.pageInfo} label="Return pages" />`:html`<${EmptyState} title=${filtered?"No returns match these filters":"No returns here"}>
          ${filtered?"Try fewer filters, a customer's last name, or an order name like #1001.":"Returns in this status will appear here."}</${EmptyState}>`}
      </${Loaded}>
    </${Card}>
    ${bulk?html`<${BulkDialog} action=${bulk} rows=${chosen2} onClose=${()=>setBulk(null)}
      onResult=${result=>{setOutcome(result),setSelected([]),state.reload()}} />`:null}`}var OPERATION_FIELDS="id kind title webhookTopic status message refused attempts subjectId orderId createdAt doneAt",RETRY="mutation PlatformRetry($id: ID!) { platformOperationRetry(id: $id) { userErrors { field message code } } }",LIST=`query PlatformOperations($status: PlatformOperationStatus, $after: String) {
  platformOperations(first: 25, after: $after, status: $status) { nodes { ${OPERATION_FIELDS} } pageInfo { hasNextPage endCursor } } }`,STATUS_TONES={DONE:"success",FAILED:"critical",PENDING:"attention",IN_PROGRESS:"info"},STATUS_WORDS={DONE:"Done",FAILED:"Failed",PENDING:"Waiting",IN_PROGRESS:"In progress"};function subjectLink(op){let[,type]=/gid:\/\/recourse\/(\w+)\//.exec(op.subjectId)||[];return type==="Return"?`#/returns/${encodeURIComponent(op.subjectId)}`:op.orderId?`#/orders/${encodeURIComponent(op.orderId)}`:null}function why(op){return op.status!=="FAILED"||op.refused?op.message:`The platform could not be reached: ${op.message}`}function RetryDialog({op,onClose,onDone}){return html`<${ActionDialog} title=${`Retry: ${op.title}?`} confirmLabel="Retry" onClose=${onClose} onDone=${onDone}
    onConfirm=${async()=>(await gql(RETRY,{id:op.id})).platformOperationRetry.userErrors}>
    <p>${op.kind==="WEBHOOK_IMPORT"?"What the platform sent is imported again, as if it had just come. Fix what the error names first (an order updated on the platform, for instance), or it fails again.":op.refused?"It goes to the platform again, as a new request. Fix what the platform said first, or it will refuse again.":"It goes to the platform again with the same idempotency key: if the platform did carry it out after all, it is recorded, never done twice."}</p>
  </${ActionDialog}>`}function OperationRow({op,onRetry,showSubject=!1}){let link=showSubject&&subjectLink(op);return html`<div class="spread line-item" data-operation=${op.kind}>
    <div>
      <div><strong>${op.title}</strong> <${Badge} value=${op.status} tone=${STATUS_TONES[op.status]}>${STATUS_WORDS[op.status]}</${Badge}>
        ${link?html` <a href=${link}>${op.kind.startsWith("RETURN")?"Open the return":"Open the order"}</a>`:null}</div>
      ${why(op)?html`<div class=${op.status==="FAILED"?"platform-error":"subdued"}>${why(op)}</div>`:null}
      <div class="subdued">${dateTime(op.doneAt||op.createdAt)} · ${op.attempts} ${op.attempts===1?"attempt":"attempts"}</div>
    </div>
    ${op.status==="FAILED"?html`<button type="button" class="button small" onClick=${()=>onRetry(op)}>Retry</button>`:null}
  </div>`}function PlatformBanner({operations}){let failed=operations.filter(op=>op.status==="FAILED");return failed.length?html`<${Banner} tone="critical" title=${`The platform did not carry out ${failed.length===1?"one step":`${failed.length} steps`}`}>
    ${failed.map(op=>html`<div>${op.title}: ${why(op)}</div>`)} <div>Retry it under “On the platform”.</div></${Banner}>`:null}function PlatformCard({operations,onChanged}){let[retrying,setRetrying]=d2(null);return operations.length?html`<${Card} title="On the platform">
      ${operations.map(op=>html`<${OperationRow} op=${op} onRetry=${setRetrying} />`)}
    </${Card}>
    ${retrying?html`<${RetryDialog} op=${retrying} onClose=${()=>setRetrying(null)} onDone=${onChanged} />`:null}`:null}function Platform(){let[status,setStatus]=d2("FAILED"),pager=usePager(),state=useQuery(LIST,{status,after:pager.after}),[retrying,setRetrying]=d2(null);return html`<${PageHeader} title="Platform" subtitle="Refunds, cancellations and return steps carried out on your store's platform, and what it sent that could not be imported." />
    <${Card} className="flush">
      <nav class="tabs" aria-label="Operation status">${[["FAILED","Failed"],["PENDING","Waiting"],["DONE","Done"],[null,"All"]].map(([v3,l3])=>html`<button type="button" class="tab" aria-pressed=${status===v3?"true":"false"} aria-current=${status===v3?"true":void 0} onClick=${()=>{pager.reset(),setStatus(v3)}}>${l3}</button>`)}</nav>
      <${Loaded} state=${state} label="Loading platform operations…">${data=>data.platformOperations.nodes.length?html`<div class="card-body">${data.platformOperations.nodes.map(op=>html`<${OperationRow} op=${op} onRetry=${setRetrying} showSubject=${!0} />`)}</div>
          <${Pager} pager=${pager} pageInfo=${data.platformOperations.pageInfo} label="Operation pages" />`:html`<${EmptyState} title=${status==="FAILED"?"Nothing failed":"No operations here"}>
            ${status==="FAILED"?"Every refund, cancellation and return step went through on the platform, and everything it sent was imported.":"Operations appear as refunds and returns move (not on a manual platform)."}</${EmptyState}>`}</${Loaded}>
    </${Card}>
    ${retrying?html`<${RetryDialog} op=${retrying} onClose=${()=>setRetrying(null)} onDone=${state.reload} />`:null}`}var M="amount currencyCode",EXCHANGE_FIELDS=`exchange { id status instant unreturned platformOrderName platformOrderId holdPlatformId platformError fallback
    invoiceReason invoiceUrl invoicedAt shippedAt value { ${M} } priceDifference { ${M} }
    items { title sku quantity variantPlatformId unitPrice { ${M} } } }
  storeCredits { id via status amount { ${M} } bonus { ${M} } total { ${M} } expiresAt platformId codeLastCharacters platformError issuedAt }`,CHARGE="mutation ChargeInvoice($id: ID!) { exchangeChargeInvoice(returnId: $id) { return { id } userErrors { field message code } } }",EXCHANGE_WORDS={REQUESTED:"Chosen \u2014 waiting for approval",RESERVING:"Holding the stock\u2026",RESERVED:"Stock held for the customer",WAITING_STOCK:"Waiting for stock",SHIPPING:"Placing the order\u2026",SHIPPED:"Shipped",FELL_BACK:"Fell back",CANCELED:"Cancelled"},EXCHANGE_TONES={SHIPPED:"success",RESERVED:"info",WAITING_STOCK:"warning",FELL_BACK:"attention",CANCELED:"neutral"},CREDIT_WORDS={PENDING:"Being issued",ISSUED:"Issued",FAILED:"Refused by the platform",HANDED:"Left to your system"},CREDIT_TONES={ISSUED:"success",FAILED:"critical",PENDING:"attention",HANDED:"info"};function ExchangeCard({exchange,onCharge}){return exchange?html`<${Card} title="Exchange" actions=${html`<${Badge} value=${exchange.status} tone=${EXCHANGE_TONES[exchange.status]}>${EXCHANGE_WORDS[exchange.status]}</${Badge}>`}>
    ${exchange.unreturned?html`<${Banner} tone="warning" title="The item never came back">
        This exchange shipped before the return arrived, and the item is past its ship-by date.
        <div><button type="button" class="button primary small" onClick=${onCharge}>Charge via invoice</button></div></${Banner}>`:null}
    <ul class="plain-list">${exchange.items.map(item=>html`<li class="line-item"><strong>${item.quantity} × ${item.title}</strong>
      <div class="subdued">${item.sku?`SKU ${item.sku} \xB7 `:""}${money(item.unitPrice)} each</div></li>`)}</ul>
    <dl class="facts section">
      <dt>Exchange order</dt><dd>${exchange.platformOrderName||(exchange.status==="SHIPPED"?"placed":"not placed yet")}</dd>
      ${exchange.holdPlatformId&&exchange.status!=="SHIPPED"?html`<dt>Stock held by</dt><dd class="mono">${exchange.holdPlatformId}</dd>`:null}
      ${exchange.instant?html`<dt>Instant</dt><dd>Shipped before the item came back (low risk)</dd>`:null}
      ${exchange.shippedAt?html`<dt>Shipped</dt><dd>${dateTime(exchange.shippedAt)}</dd>`:null}
      ${/[1-9]/.test(exchange.priceDifference.amount)?html`<dt>Customer pays</dt><dd>${money(exchange.priceDifference)} by the platform's invoice</dd>`:null}
      ${exchange.invoiceReason?html`<dt>Invoiced</dt><dd>${humanize(exchange.invoiceReason)}${exchange.invoicedAt?` \xB7 ${dateTime(exchange.invoicedAt)}`:" \xB7 being sent"}
        ${exchange.invoiceUrl?html` · <a href=${exchange.invoiceUrl} target="_blank" rel="noopener">invoice</a>`:null}</dd>`:null}
      ${exchange.fallback?html`<dt>Instead</dt><dd>${humanize(exchange.fallback)} (the variant sold out)</dd>`:null}
    </dl>
    ${exchange.platformError?html`<div class="platform-error">The platform said: ${exchange.platformError}</div>`:null}
  </${Card}>`:null}function CreditCard({credits}){return credits.length?html`<${Card} title="Store credit">
    ${credits.map(c3=>html`<div class="spread line-item" data-credit=${c3.status}><div>
      <div><strong>${money(c3.total)}</strong> <${Badge} value=${c3.status} tone=${CREDIT_TONES[c3.status]}>${CREDIT_WORDS[c3.status]}</${Badge}></div>
      <div class="subdued">${/[1-9]/.test(c3.bonus.amount)?`${money(c3.amount)} + ${money(c3.bonus)} bonus \xB7 `:""}${c3.via==="GIFT_CARD"?`Gift card${c3.codeLastCharacters?` ending ${c3.codeLastCharacters}`:""}`:"Customer's store credit account"}${c3.expiresAt?` \xB7 expires ${date(c3.expiresAt.slice(0,10))}`:" \xB7 never expires"}</div>
      ${c3.platformId?html`<div class="subdued mono">${c3.platformId}</div>`:null}
      ${c3.platformError?html`<div class="platform-error">The platform refused it: ${c3.platformError}</div>`:null}
    </div></div>`)}
  </${Card}>`:null}function ChargeDialog({ret,onClose,onDone}){return html`<${ActionDialog} title=${`Charge ${money(ret.exchange.value)} for ${ret.name}?`} confirmLabel="Send the invoice" onClose=${onClose} onDone=${onDone}
    onConfirm=${async()=>(await gql(CHARGE,{id:ret.id})).exchangeChargeInvoice.userErrors}>
    <p>The platform emails the customer an invoice for the replacement they kept; they pay on the store's checkout. No card is charged without them.</p>
  </${ActionDialog}>`}var M2="amount currencyCode",RETURN_FIELDS=`id name status nextStep orderId resolution shippingMethod policyVersion shipBy declineReason declineNote staffNote
  customerNote customerName availableSteps requestedAt approvedAt receivedAt closedAt requestedBy overrideReason customerEmail labelMissing label { carrier trackingNumber url }
  quotedTotal { ${M2} } suggestedRefund { ${M2} }
  decision { allowed reasons { code message }
    refund { items { ${M2} } shipping { ${M2} } fees { ${M2} } credits { ${M2} } total { ${M2} } lines { kind lineId description amount { ${M2} } taxIncluded { ${M2} } } }
    deadlines { returnBy shipBy responseDue refundExpectedFrom refundExpectedTo }
    instructions { steps include returnAddress { formatted } } shipping { summary } }
  lines { id quantity reason reasonHandle reasonLabel condition customerNote photos quotedAmount { ${M2} } receivedQuantity acceptedQuantity rejectedQuantity
    inspectionCondition restock line { id title variantTitle sku unitPrice { ${M2} } } }
  refunds { id kind amount { ${M2} } status reason note createdAt processedAt platformError }
  timeline { action actor at note }
  platformOperations { ${OPERATION_FIELDS} }
  ${EXCHANGE_FIELDS}
  risk { score level recommendation facts { code description sentiment weight } }`,QUERY3=`query ReturnPage($id: ID!) { return(id: $id) { ${RETURN_FIELDS} } }`,PAYLOAD="return { id status } userErrors { field message code }",MUTATIONS={approve:`mutation Approve($id: ID!) { returnApproveRequest(id: $id) { ${PAYLOAD} } }`,decline:`mutation Decline($id: ID!, $reason: ReturnDeclineReason!, $note: String, $staffNote: String) { returnDeclineRequest(id: $id, declineReason: $reason, note: $note, staffNote: $staffNote) { ${PAYLOAD} } }`,receive:`mutation Receive($id: ID!, $lines: [ReturnLineQuantityInput!]!) { returnMarkReceived(id: $id, lines: $lines) { ${PAYLOAD} } }`,inspect:`mutation Inspect($id: ID!, $lines: [ReturnLineInspectionInput!]!) { returnInspect(id: $id, lines: $lines) { ${PAYLOAD} } }`,refund:"mutation Refund($input: RefundCreateInput!) { refundCreate(input: $input) { refund { id } userErrors { field message code } } }",close:`mutation Close($id: ID!) { returnClose(id: $id) { ${PAYLOAD} } }`,reopen:`mutation Reopen($id: ID!) { returnReopen(id: $id) { ${PAYLOAD} } }`,label:`mutation AttachLabel($id: ID!, $label: ReturnLabelInput!) { returnLabelAttach(id: $id, label: $label) { ${PAYLOAD} } }`,resend:`mutation ResendInstructions($id: ID!) { returnInstructionsResend(id: $id) { ${PAYLOAD} } }`},DECLINE_REASONS=["FINAL_SALE","RETURN_PERIOD_ENDED","NOT_ELIGIBLE","CONDITION_NOT_MET","SUSPECTED_FRAUD","OTHER"],CONDITIONS=["AS_DESCRIBED","WORN","WASHED","DAMAGED","MISSING_TAGS","MISSING_PACKAGING","MISSING_ACCESSORIES","WRONG_ITEM","OTHER"];async function run(name,variables){let data=await gql(MUTATIONS[name],variables);return Object.values(data)[0].userErrors}var STEP_KEYS={ATTACH_LABEL:"label",APPROVE:"approve",DECLINE:"decline",MARK_RECEIVED:"receive",INSPECT:"inspect",REFUND:"refund",CLOSE:"close",REOPEN:"reopen"},LABELS={resend:"Send instructions again",label:"Attach label",approve:"Approve",decline:"Decline",receive:"Mark received",inspect:"Inspect",refund:"Refund",close:"Close return",reopen:"Reopen",charge:"Charge via invoice"};function Photo({photoRef,alt}){let[src,setSrc]=d2(null);return A2(()=>{let url=null,live=!0;return fetch(`/admin/photos/${encodeURIComponent(photoRef)}`,{headers:{Authorization:`Bearer ${currentToken()}`}}).then(r3=>r3.ok?r3.blob():null).then(blob=>{blob&&live&&(url=URL.createObjectURL(blob),setSrc(url))}).catch(()=>{}),()=>{live=!1,url&&URL.revokeObjectURL(url)}},[photoRef]),src?html`<a href=${src} target="_blank" rel="noopener"><img src=${src} alt=${alt} /></a>`:html`<span class="thumb-placeholder">${alt}</span>`}function taxOf(ret,l3){let quoted=(ret.decision?.refund?.lines||[]).find(q2=>q2.kind==="ITEM"&&q2.lineId===l3.line.id);return quoted?.taxIncluded&&Number(quoted.taxIncluded.amount)?quoted.taxIncluded:null}function Lines({ret}){return html`${ret.lines.map(l3=>html`<div class="line-item" data-line=${l3.line.title}>
    <div>
      <div><strong>${l3.line.title}</strong>${l3.line.variantTitle?html` <span class="subdued">· ${l3.line.variantTitle}</span>`:null}</div>
      <div class="subdued">${[l3.line.sku,`${money(l3.line.unitPrice)} each`].filter(Boolean).join(" \xB7 ")}</div>
      <div>Reason: ${l3.reasonLabel}${l3.reasonHandle!==l3.reason?html` <span class="subdued">(counts as ${humanize(l3.reason)})</span>`:null}</div>
      ${l3.condition.length?html`<div class="subdued">Customer declared: ${l3.condition.map(humanize).join(", ")}</div>`:null}
      ${l3.customerNote?html`<blockquote class="customer-note">“${l3.customerNote}”</blockquote>`:null}
      ${l3.photos.length?html`<div class="thumbs" aria-label="Customer photos">${l3.photos.map((ref,i3)=>html`<${Photo} photoRef=${ref} alt=${`Photo ${i3+1} of ${l3.line.title}`} />`)}</div>`:null}
      <div class="row subdued">
        <span>Received ${l3.receivedQuantity} of ${l3.quantity}</span>
        ${l3.acceptedQuantity||l3.rejectedQuantity?html`<span>· accepted ${l3.acceptedQuantity}, rejected ${l3.rejectedQuantity}</span>`:null}
        ${l3.inspectionCondition?html`<span>· ${humanize(l3.inspectionCondition)}${l3.restock?", restocked":""}</span>`:null}
      </div>
    </div>
    <div class="num"><div>× ${l3.quantity}</div><div class="subdued">${money(l3.quotedAmount)}</div>
      ${taxOf(ret,l3)?html`<div class="subdued tax-note">incl. ${money(taxOf(ret,l3))} tax</div>`:null}</div>
  </div>`)}`}function Quote({ret}){let q2=ret.decision.refund;return html`<dl class="facts">
    <dt>Items</dt><dd class="num">${money(q2.items)}</dd>
    <dt>Shipping refunded</dt><dd class="num">${money(q2.shipping)}</dd>
    <dt>Fees</dt><dd class="num">${/[1-9]/.test(q2.fees.amount)?"\u2212":""}${money(q2.fees)}</dd>
    ${Number(q2.credits.amount)?html`<dt>Credits</dt><dd class="num">${money(q2.credits)}</dd>`:null}
    <dt><strong>${ret.resolution==="REFUND"?"Quoted refund":"Quoted value"}</strong></dt><dd class="num"><strong>${money(q2.total)}</strong></dd>
  </dl>
  ${q2.lines.filter(l3=>l3.kind!=="ITEM").map(l3=>html`<div class="subdued">${l3.description}: ${money(l3.amount)}</div>`)}`}function Risk({risk}){return risk?html`<div class="row"><${Badge} value=${risk.level}>${humanize(risk.level)} risk · score ${risk.score}</${Badge}></div>
    <p class="subdued">Recommendation: ${humanize(risk.recommendation).toLowerCase()}</p>
    ${risk.facts.map(f3=>html`<div class="fact"><span class="fact-weight">${f3.weight>0?"+":""}${f3.weight}</span><span>${f3.description}</span></div>`)}`:html`<p class="subdued">No risk assessment.</p>`}var PLATFORM_EVENTS={carried_out:"Carried out on the platform",refused:"Refused by the platform",handed:"Left to staff by the platform",retried:"Sent to the platform again"};function eventLabel(action){let[subject,verb]=action.split(".");return subject==="platform"&&PLATFORM_EVENTS[verb]?PLATFORM_EVENTS[verb]:subject==="return"?humanize(verb):humanize(`${subject}_${verb||""}`)}function Timeline({events}){return html`<ol class="timeline" aria-label="Timeline">${events.map(e3=>html`<li>
    <div><strong>${eventLabel(e3.action)}</strong> <span class="subdued">by ${who(e3.actor)}</span></div>
    <div class="when">${dateTime(e3.at)}</div>
    ${e3.note?html`<div>${e3.note}</div>`:null}
  </li>`)}</ol>`}function DeclineDialog({ret,onClose,onDone}){let[reason,setReason]=d2("OTHER"),[note,setNote]=d2(""),[staffNote,setStaffNote]=d2("");return html`<${ActionDialog} title=${`Decline ${ret.name}`} confirmLabel="Decline return" tone="critical" onClose=${onClose} onDone=${onDone}
    onConfirm=${()=>run("decline",{id:ret.id,reason,note:note||null,staffNote:staffNote||null})}>${errors=>html`
    <p>The customer gets an email with the reason and your message.</p>
    <${Field} label="Reason" errors=${errorsAt(errors,"declineReason")}>${p3=>html`<select ...${p3} value=${reason} onChange=${e3=>setReason(e3.target.value)}>
      ${DECLINE_REASONS.map(r3=>html`<option value=${r3}>${humanize(r3)}</option>`)}</select>`}</${Field}>
    <${Field} label="Message to the customer" errors=${errorsAt(errors,"note")} help="Shown in the decline email.">${p3=>html`<textarea ...${p3} value=${note} onInput=${e3=>setNote(e3.target.value)}></textarea>`}</${Field}>
    <${Field} label="Staff note" errors=${errorsAt(errors,"staffNote")} help="Only staff see it, never the customer.">${p3=>html`<textarea ...${p3} value=${staffNote} onInput=${e3=>setStaffNote(e3.target.value)}></textarea>`}</${Field}>`}
  </${ActionDialog}>`}function ReceiveDialog({ret,onClose,onDone}){let[qty,setQty]=d2(Object.fromEntries(ret.lines.map(l3=>[l3.id,Math.max(0,l3.quantity-l3.receivedQuantity)])));return html`<${ActionDialog} title=${`Mark ${ret.name} received`} confirmLabel="Mark received" onClose=${onClose} onDone=${onDone}
    onConfirm=${()=>run("receive",{id:ret.id,lines:ret.lines.map(l3=>({returnLineId:l3.id,quantity:Number(qty[l3.id])||0})).filter(l3=>l3.quantity>0)})}>${errors=>html`
    <p>How many units arrived in this parcel, per item.</p>
    ${ret.lines.map((l3,i3)=>html`<${Field} label=${`${l3.line.title}: units received now (of ${l3.quantity-l3.receivedQuantity} expected)`} errors=${errorsAt(errors,`lines.${i3}`,{prefix:!0})}>${p3=>html`<input ...${p3} type="number" min="0" max=${l3.quantity} value=${qty[l3.id]} onInput=${e3=>setQty({...qty,[l3.id]:e3.target.value})} />`}</${Field}>`)}
    ${errorsAt(errors,"lines").length?html`<${Banner}>${errorsAt(errors,"lines").join(" ")}</${Banner}>`:null}`}
  </${ActionDialog}>`}function InspectDialog({ret,onClose,onDone}){let[rows,setRows]=d2(Object.fromEntries(ret.lines.map(l3=>[l3.id,{accepted:l3.receivedQuantity,rejected:0,condition:"AS_DESCRIBED",restock:!0,note:""}]))),set=(id,key,value)=>setRows({...rows,[id]:{...rows[id],[key]:value}}),lines=ret.lines.filter(l3=>l3.receivedQuantity>0);return html`<${ActionDialog} title=${`Inspect ${ret.name}`} confirmLabel="Save inspection" onClose=${onClose} onDone=${onDone}
    onConfirm=${()=>run("inspect",{id:ret.id,lines:lines.map(l3=>({returnLineId:l3.id,acceptedQuantity:Number(rows[l3.id].accepted)||0,rejectedQuantity:Number(rows[l3.id].rejected)||0,condition:rows[l3.id].condition,restock:rows[l3.id].restock,note:rows[l3.id].note||null}))})}>${errors=>html`
    ${lines.map((l3,i3)=>html`<fieldset><legend>${l3.line.title} (${l3.receivedQuantity} received)</legend>
      <div class="form-grid">
        <${Field} label="Accepted units" errors=${errorsAt(errors,`lines.${i3}.acceptedQuantity`)}>${p3=>html`<input ...${p3} type="number" min="0" value=${rows[l3.id].accepted} onInput=${e3=>set(l3.id,"accepted",e3.target.value)} />`}</${Field}>
        <${Field} label="Rejected units" errors=${errorsAt(errors,`lines.${i3}.rejectedQuantity`)}>${p3=>html`<input ...${p3} type="number" min="0" value=${rows[l3.id].rejected} onInput=${e3=>set(l3.id,"rejected",e3.target.value)} />`}</${Field}>
        <${Field} label="Condition" errors=${errorsAt(errors,`lines.${i3}.condition`)}>${p3=>html`<select ...${p3} value=${rows[l3.id].condition} onChange=${e3=>set(l3.id,"condition",e3.target.value)}>
          ${CONDITIONS.map(c3=>html`<option value=${c3}>${humanize(c3)}</option>`)}</select>`}</${Field}>
      </div>
      <label class="check"><input type="checkbox" checked=${rows[l3.id].restock} onChange=${e3=>set(l3.id,"restock",e3.target.checked)} /> Restock accepted units</label>
      <${Field} label="Inspection note" errors=${errorsAt(errors,`lines.${i3}.note`)}>${p3=>html`<input ...${p3} type="text" value=${rows[l3.id].note} onInput=${e3=>set(l3.id,"note",e3.target.value)} />`}</${Field}>
      ${errorsAt(errors,`lines.${i3}`).length?html`<${Banner}>${errorsAt(errors,`lines.${i3}`).join(" ")}</${Banner}>`:null}
    </fieldset>`)}`}
  </${ActionDialog}>`}function RefundDialog({ret,onClose,onDone}){let[amount,setAmount]=d2(ret.suggestedRefund.amount),[note,setNote]=d2("");return html`<${ActionDialog} title=${`Refund ${ret.name}`} confirmLabel=${`Refund ${money({amount,currencyCode:ret.suggestedRefund.currencyCode})}`} onClose=${onClose} onDone=${onDone}
    onConfirm=${()=>run("refund",{input:{returnId:ret.id,amount:amount===""||amount===ret.suggestedRefund.amount?null:amount,note:note||null,idempotencyKey:crypto.randomUUID()}})}>${errors=>html`
    <p>Pre-filled with the policy's quote for the accepted units, less what this return already got: <strong>${money(ret.suggestedRefund)}</strong>.</p>
    <${Field} label=${`Amount (${ret.suggestedRefund.currencyCode})`} errors=${errorsAt(errors,"amount")} help="Edit to refund a different amount.">${p3=>html`<input ...${p3} type="text" inputmode="decimal" value=${amount} onInput=${e3=>setAmount(e3.target.value.trim())} />`}</${Field}>
    <${Field} label="Note (staff only)" errors=${errorsAt(errors,"note")}>${p3=>html`<input ...${p3} type="text" value=${note} onInput=${e3=>setNote(e3.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`}function instructionsTitle(ret){return ret.status==="REQUESTED"||ret.status==="ON_HOLD"?"Instructions (sent when approved)":ret.status==="DECLINED"||ret.status==="CANCELED"?"Instructions (not sent)":ret.labelMissing?"Instructions (sent with the label)":"Instructions sent"}function SimpleDialog({ret,step,onClose,onDone}){let text={approve:ret.decision.deadlines.shipBy?"The customer gets the return instructions and the date to ship the parcel by.":"The customer gets the return instructions.",resend:"The customer gets the return instructions again by email, with the return address the policy gives now.",close:"Closing ends the return. You can reopen it later.",reopen:"The return goes back to open (or received, if its items arrived)."}[step];return html`<${ActionDialog} title=${`${LABELS[step]} ${ret.name}?`} confirmLabel=${LABELS[step]} onClose=${onClose} onDone=${onDone}
    onConfirm=${()=>run(step,{id:ret.id})}><p>${text}</p></${ActionDialog}>`}function LabelDialog({ret,onClose,onDone}){let[carrier,setCarrier]=d2(ret.label?.carrier||""),[tracking,setTracking]=d2(ret.label?.trackingNumber||""),[url,setUrl]=d2(ret.label?.url||"");return html`<${ActionDialog} title=${`Prepaid label for ${ret.name}`} confirmLabel="Attach label" onClose=${onClose} onDone=${onDone}
    strip=${["label"]} onConfirm=${()=>run("label",{id:ret.id,label:{carrier,trackingNumber:tracking,url:url||null}})}>${errors=>html`
    <p>The customer gets the return instructions with this label.</p>
    <${Field} label="Carrier" errors=${errorsAt(errors,"carrier")}>${p3=>html`<input ...${p3} type="text" value=${carrier} onInput=${e3=>setCarrier(e3.target.value)} />`}</${Field}>
    <${Field} label="Tracking number" errors=${errorsAt(errors,"trackingNumber")}>${p3=>html`<input ...${p3} type="text" value=${tracking} onInput=${e3=>setTracking(e3.target.value)} />`}</${Field}>
    <${Field} label="Label URL" help="A link to the label the carrier issued (https)." errors=${errorsAt(errors,"url")}>${p3=>html`<input ...${p3} type="url" value=${url} onInput=${e3=>setUrl(e3.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`}var DIALOGS={label:LabelDialog,decline:DeclineDialog,receive:ReceiveDialog,inspect:InspectDialog,refund:RefundDialog,charge:ChargeDialog};function ReturnPage({id}){let state=useQuery(QUERY3,{id}),[dialog,setDialog]=d2(null),[done,setDone]=d2(null);return html`<${Loaded} state=${state} label="Loading the return…">${data=>{let ret=data.return;if(!ret)return html`<${PageHeader} title="Return not found" back="#/returns" backLabel="Returns" />`;let steps=ret.availableSteps.map(s3=>STEP_KEYS[s3]).filter(Boolean),primary=steps.find(s3=>s3!=="decline"),Dialog=dialog&&(DIALOGS[dialog]||SimpleDialog),finished=()=>{let message=`${LABELS[dialog]}: done.`;state.reload().then(()=>setDone(message))};return html`<${PageHeader} title=${ret.name} back="#/returns" backLabel="Returns" badges=${html`<${Badge} value=${ret.status} />`}
        subtitle=${`Requested ${dateTime(ret.requestedAt)} by ${who(ret.requestedBy)}${ret.customerName?" \xB7 "+ret.customerName:""}${ret.customerEmail?" \xB7 "+ret.customerEmail:""}`}
        actions=${steps.map(s3=>html`<button type="button" class=${"button"+(s3===primary?" primary":"")+(s3==="decline"?" critical-outline":"")} onClick=${()=>{setDone(null),setDialog(s3)}}>${LABELS[s3]}</button>`)} />
      ${done?html`<${Banner} tone="success" onDismiss=${()=>setDone(null)}>${done}</${Banner}>`:null}
      ${ret.status==="ON_HOLD"?html`<${Banner} tone="warning" title="Held for fraud review">Resolve it in <a href="#/fraud">Fraud review</a> before anything else.</${Banner}>`:null}
      <${PlatformBanner} operations=${ret.platformOperations} />
      ${ret.labelMissing?html`<${Banner} tone="warning" title="Prepaid label missing">The customer chose a prepaid label and has no instructions until you attach it.</${Banner}>`:null}
      ${ret.overrideReason?html`<${Banner} tone="info" title="Created by staff over the policy's refusal">${ret.overrideReason}</${Banner}>`:null}
      <div class="grid-2">
        <div class="stack">
          ${ret.customerNote?html`<${Card} title="Customer's note"><blockquote class="customer-note">“${ret.customerNote}”</blockquote>
            <p class="subdued">${ret.requestedBy.startsWith("staff")?"What staff noted the customer said.":"Written by the customer with the request."}</p></${Card}>`:null}
          <${Card} title="Items"><${Lines} ret=${ret} /></${Card}>
          <${ExchangeCard} exchange=${ret.exchange} onCharge=${()=>{setDone(null),setDialog("charge")}} />
          <${CreditCard} credits=${ret.storeCredits} />
          <${Card} title="Refunds">
            ${ret.refunds.length?ret.refunds.map(r3=>html`<div class="spread line-item"><div>${money(r3.amount)}${r3.kind==="PAYMENT"?"":` ${humanize(r3.kind).toLowerCase()}`} <${Badge} value=${r3.status} />
              <div class="subdued">${humanize(r3.reason)} · ${dateTime(r3.createdAt)}${r3.note?" \xB7 "+r3.note:""}</div>
              ${r3.platformError?html`<div class="platform-error">The platform refused it: ${r3.platformError}</div>`:null}</div></div>`):html`<p class="subdued">No refund yet.</p>`}
            <p>Suggested refund now: <strong>${money(ret.suggestedRefund)}</strong></p>
          </${Card}>
          <${PlatformCard} operations=${ret.platformOperations} onChanged=${state.reload} />
          <${Card} title="Timeline"><${Timeline} events=${ret.timeline} /></${Card}>
        </div>
        <div class="stack">
          <${Card} title="Decision">
            <p>${ret.decision.allowed?"Allowed by the policy":"Refused by the policy"}${ret.policyVersion?` (version ${ret.policyVersion})`:" (default policy)"}.</p>
            ${ret.decision.reasons.map(r3=>html`<p class="subdued">${r3.message}</p>`)}
            ${ret.declineReason?html`<p><strong>Declined:</strong> ${humanize(ret.declineReason)}${ret.declineNote?` \u2014 \u201C${ret.declineNote}\u201D`:""}${ret.staffNote?` (staff: ${ret.staffNote})`:""}</p>`:null}
            <${Quote} ret=${ret} />
            <dl class="facts section">
              <dt>Resolution</dt><dd>${humanize(ret.resolution)}</dd>
              <dt>Shipping</dt><dd>${ret.decision.shipping.summary}</dd>
              ${ret.shipBy||ret.decision.deadlines.shipBy?html`<dt>Ship by</dt><dd>${date(ret.shipBy||ret.decision.deadlines.shipBy)}</dd>`:null}
              <dt>Refund expected</dt><dd>${ret.decision.deadlines.refundExpectedFrom?`${date(ret.decision.deadlines.refundExpectedFrom)} \u2013 ${date(ret.decision.deadlines.refundExpectedTo)}`:"\u2014"}</dd>
            </dl>
          </${Card}>
          <${Card} title=${instructionsTitle(ret)} actions=${ret.status==="OPEN"&&!ret.labelMissing?html`<button type="button" class="button small" onClick=${()=>{setDone(null),setDialog("resend")}}>${LABELS.resend}</button>`:null}>
            <ol>${ret.decision.instructions.steps.map(s3=>html`<li>${s3}</li>`)}</ol>
            ${ret.decision.instructions.returnAddress?html`<p><strong>Return address</strong><br />${ret.decision.instructions.returnAddress.formatted.map(l3=>html`${l3}<br />`)}</p>`:null}
            ${ret.label?html`<p><strong>Label:</strong> ${ret.label.carrier} ${ret.label.trackingNumber}${ret.label.url?html` · <a href=${ret.label.url} target="_blank" rel="noopener">open</a>`:null}</p>`:null}
            <p class="subdued">Next step for the customer: ${ret.nextStep}</p>
          </${Card}>
          <${Card} title="Risk"><${Risk} risk=${ret.risk} /></${Card}>
          <${Card} title="Order"><a href=${`#/orders/${encodeURIComponent(ret.orderId)}`}>Open the order</a></${Card}>
        </div>
      </div>
      ${Dialog?html`<${Dialog} ret=${ret} step=${dialog} onClose=${()=>setDialog(null)} onDone=${finished} />`:null}`}}</${Loaded}>`}var QUERY4=`query Refunds($after: String, $status: RefundStatus, $kind: RefundKind, $reason: RefundReason, $before: DateTime) {
  refunds(first: 25, after: $after, status: $status, kind: $kind, reason: $reason, createdBefore: $before) {
    nodes { id amount { amount currencyCode } status kind reason note createdAt processedAt platformError
      platformOperations { ${OPERATION_FIELDS} } return { id name } order { id name email } }
    pageInfo { hasNextPage endCursor }
  }
}`,CONFIRM=`mutation Confirm($id: ID!, $status: RefundStatus!, $platformRefundId: String) {
  refundConfirm(id: $id, status: $status, platformRefundId: $platformRefundId) { refund { id status } userErrors { field message code } } }`,STATUSES=[["PENDING","Pending confirmation"],["SUCCEEDED","Succeeded"],["FAILED","Failed"]],REASONS2=[["RETURN","Returns"],["CANCELLATION","Cancellations"],["GOODWILL","Goodwill"],["PRICE_ADJUSTMENT","Price adjustments"],["DAMAGED_IN_TRANSIT","Damaged in transit"],["OTHER","Other"]],KINDS=[["PAYMENT","Payment back"],["REIMBURSEMENT","Reimbursement (granted on top)"]],AGES=[["1","Older than a day"],["3","Older than 3 days"],["7","Older than a week"],["30","Older than 30 days"]],FILTERS2=["status","reason","kind","age"];function refundsHref(filters){let params=new URLSearchParams;for(let key of FILTERS2)filters[key]&&params.set(key,filters[key]);let query=params.toString();return query?`#/refunds?${query}`:"#/refunds"}function Select({label:label3,name,value,options,onPick,any="Any"}){return html`<${Field} label=${label3}>${p3=>html`<select ...${p3} value=${value||""} onChange=${e3=>onPick(name,e3.target.value)}>
    <option value="">${any}</option>${options.map(([v3,l3])=>html`<option value=${v3}>${l3}</option>`)}</select>`}</${Field}>`}function paysFor(refund){if(refund.return)return html`<a href=${`#/returns/${encodeURIComponent(refund.return.id)}`}>Return ${refund.return.name}</a>`;let what=refund.reason==="CANCELLATION"?"Cancellation of":"Order";return html`<a href=${`#/orders/${encodeURIComponent(refund.order.id)}`}>${what} ${refund.order.name}</a>`}function ConfirmDialog({refund,onClose,onDone}){let[status,setStatus]=d2("SUCCEEDED"),[platformId,setPlatformId]=d2(""),failed=status==="FAILED";return html`<${ActionDialog} title=${`Confirm the refund of ${money(refund.amount)}`} confirmLabel=${failed?"Mark failed":"Confirm refund"}
    tone=${failed?"critical":"primary"} onClose=${onClose} onDone=${()=>onDone(failed?"Marked failed: it no longer counts against what was paid.":"Confirmed: the refund succeeded.")}
    onConfirm=${async()=>(await gql(CONFIRM,{id:refund.id,status,platformRefundId:platformId.trim()||null})).refundConfirm.userErrors}>${errors=>html`
    <p>${paysFor(refund)} · ${refund.order.email||"no email"} · issued ${dateTime(refund.createdAt)}</p>
    <fieldset><legend>What the platform did</legend>
      <label class="check"><input type="radio" name="outcome" checked=${!failed} onChange=${()=>setStatus("SUCCEEDED")} /> Paid out: the refund succeeded</label>
      <label class="check"><input type="radio" name="outcome" checked=${failed} onChange=${()=>setStatus("FAILED")} /> It failed: nothing was paid</label>
    </fieldset>
    <${Field} label="Refund id on the platform (optional)" errors=${errorsAt(errors,"platformRefundId")} help="Lets you match this refund with the platform's record.">${p3=>html`<input ...${p3} type="text" value=${platformId} onInput=${e3=>setPlatformId(e3.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`}function RowAction({refund,onConfirm,onRetry}){let on=refund.platformOperations||[],failed=on.find(op=>op.status==="FAILED"),whose=refund.return?refund.return.name:refund.order.name;return failed?html`<button type="button" class="button small" aria-label=${`Retry the refund of ${money(refund.amount)} for ${whose} on the platform`}
    onClick=${()=>onRetry(failed)}>Retry</button>`:refund.status!=="PENDING"?null:on.length?html`<span class="subdued">Being carried out on the platform</span>`:html`<button type="button" class="button small" aria-label=${`Confirm the refund of ${money(refund.amount)} for ${whose}`}
    onClick=${onConfirm}>Confirm</button>`}function Refunds({route}){let filters=Object.fromEntries(FILTERS2.map(k3=>[k3,route.params.get(k3)||""])),pager=usePager(),[before]=d2(()=>filters.age?new Date(Date.now()-Number(filters.age)*864e5).toISOString():null),state=useQuery(QUERY4,{after:pager.after,status:filters.status||null,reason:filters.reason||null,kind:filters.kind||null,before}),[confirming,setConfirming]=d2(null),[retrying,setRetrying]=d2(null),[done,setDone]=d2(null),pick=(name,value)=>{location.hash=refundsHref({...filters,[name]:value})},filtered=FILTERS2.some(k3=>filters[k3]),label3=(pairs,value)=>(pairs.find(([v3])=>v3===value)||[value,humanize(value)])[1];return html`<${PageHeader} title="Refunds" subtitle="Every refund, whatever it pays for. Pending ones wait for the platform to pay them out." />
    ${done?html`<${Banner} tone="success" onDismiss=${()=>setDone(null)}>${done}</${Banner}>`:null}
    <${Card} className="flush">
      <nav class="tabs" aria-label="Refund status">
        ${[["","All"],...STATUSES].map(([value,text])=>html`<a class="tab" href=${refundsHref({...filters,status:value})}
          aria-current=${filters.status===value?"page":void 0}>${value==="PENDING"?"Pending":text}</a>`)}
      </nav>
      <div class="filters grid-filters" role="group" aria-label="Filter refunds">
        <${Select} label="Refund for" name="reason" value=${filters.reason} options=${REASONS2} onPick=${pick} />
        <${Select} label="Kind" name="kind" value=${filters.kind} options=${KINDS} onPick=${pick} />
        <${Select} label="Age" name="age" value=${filters.age} options=${AGES} onPick=${pick} any="Any age" />
        ${filtered?html`<div class="filter-buttons"><a class="button plain" href="#/refunds">Clear filters</a></div>`:null}
      </div>
      <${Loaded} state=${state} label="Loading refunds…">${data=>data.refunds.nodes.length?html`
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Refunds${filters.status?`: ${label3(STATUSES,filters.status)}`:""}</caption>
          <thead><tr><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">For</th><th scope="col">Customer</th>
            <th scope="col">Issued</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${data.refunds.nodes.map(r3=>html`<tr data-refund=${r3.id}>
            <td data-label="Amount" class="num"><strong>${money(r3.amount)}</strong>${r3.kind==="REIMBURSEMENT"?html`<div class="subdued">reimbursement</div>`:null}</td>
            <td data-label="Status"><${Badge} value=${r3.status} />${r3.platformError?html`<div class="platform-error">The platform refused it: ${r3.platformError}</div>`:null}</td>
            <td data-label="For"><div>${paysFor(r3)}</div><div class="subdued">${humanize(r3.reason)}${r3.note?` \xB7 ${r3.note}`:""}</div></td>
            <td data-label="Customer">${r3.order.email||"\u2014"}</td>
            <td data-label="Issued"><div>${dateTime(r3.createdAt)}</div>
              <div class="subdued">${r3.status==="PENDING"?`waiting ${waited((Date.now()-Date.parse(r3.createdAt))/1e3)}`:r3.processedAt?`${humanize(r3.status)} ${dateTime(r3.processedAt)}`:""}</div></td>
            <td><${RowAction} refund=${r3} onConfirm=${()=>{setDone(null),setConfirming(r3)}} onRetry=${op=>{setDone(null),setRetrying(op)}} /></td>
          </tr>`)}</tbody>
        </table></div>
        <${Pager} pager=${pager} pageInfo=${data.refunds.pageInfo} label="Refund pages" />`:html`<${EmptyState} title=${filtered?"No refunds match these filters":"No refunds yet"}>
          ${filtered?"Try another status or age.":"Refunds of returns and cancellations appear here."}</${EmptyState}>`}
      </${Loaded}>
    </${Card}>
    ${retrying?html`<${RetryDialog} op=${retrying} onClose=${()=>setRetrying(null)}
      onDone=${()=>state.reload().then(()=>setDone("Sent to the platform again: the refund is pending until it answers."))} />`:null}
    ${confirming?html`<${ConfirmDialog} refund=${confirming} onClose=${()=>setConfirming(null)} onDone=${message=>state.reload().then(()=>setDone(message))} />`:null}`}var M3="amount currencyCode",LIST2=`query Orders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query) {
    nodes { id name email placedAt cancelledAt totalPaid { ${M3} } salesChannel returns { id status } fulfillments { deliveredAt shippedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;function fulfilment(order){return order.cancelledAt?["Cancelled","neutral"]:order.fulfillments.length?order.fulfillments.every(f3=>f3.deliveredAt)?["Delivered","success"]:["Shipped","info"]:["Unfulfilled","attention"]}function Orders({route}){let[text,setText]=d2(route.params.get("q")||""),[query,setQuery]=d2(text),pager=usePager(),state=useQuery(LIST2,{first:25,after:pager.after,query:query||null});return html`<${PageHeader} title="Orders" />
    <${Card} className="flush">
      <form class="filters" role="search" onSubmit=${e3=>{e3.preventDefault(),pager.reset(),setQuery(text.trim())}}>
        <div class="field"><label class="label" for="order-search">Search orders</label>
          <input id="order-search" type="search" placeholder="Order name, email, or name:#1001 email:… status:open" value=${text} onInput=${e3=>setText(e3.target.value)} /></div>
        <button class="button" type="submit">Search</button>
      </form>
      <${Loaded} state=${state} label="Loading orders…">${data=>data.orders.nodes.length?html`
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Orders</caption>
          <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Customer</th><th scope="col">Fulfillment</th><th scope="col">Returns</th><th scope="col" class="num">Total</th></tr></thead>
          <tbody>${data.orders.nodes.map(o3=>{let[label3,tone]=fulfilment(o3);return html`<tr>
            <td data-label="Order"><a href=${`#/orders/${encodeURIComponent(o3.id)}`}>${o3.name}</a></td>
            <td data-label="Placed">${dateTime(o3.placedAt)}</td>
            <td data-label="Customer">${o3.email||"\u2014"}</td>
            <td data-label="Fulfillment"><${Badge} tone=${tone}>${label3}</${Badge}></td>
            <td data-label="Returns">${o3.returns.length||"\u2014"}</td>
            <td data-label="Total" class="num">${money(o3.totalPaid)}</td></tr>`})}</tbody>
        </table></div>
        <${Pager} pager=${pager} pageInfo=${data.orders.pageInfo} label="Order pages" />`:html`<${EmptyState} title="No orders found">Try an order name like #1001 or an email address.</${EmptyState}>`}
      </${Loaded}>
    </${Card}>`}var ORDER=`query OrderPage($id: ID!) { order(id: $id) {
  id name email phone placedAt cancelledAt cancelReason financialStatus salesChannel
  subtotal { ${M3} } shippingPaid { ${M3} } taxes { ${M3} } discounts { ${M3} } totalPaid { ${M3} } refundable { ${M3} }
  customer { firstName lastName email }
  shippingAddress { name address1 city provinceCode zip countryCode }
  lines { id title variantTitle sku quantity unitPrice { ${M3} } }
  fulfillments { id status shipmentStatus trackingCompany trackingNumber shippedAt deliveredAt lines { quantity line { id } } }
  cancellation { allowed reasons { code message } deadline refundEstimate { ${M3} } nextStep
    partialAllowed lines { lineId title quantity cancellable reasons { message } refund { ${M3} } } }
  returnableLines { lineId returnableQuantity allowed reasons { code message } returnBy }
  returns { id name status quotedTotal { ${M3} } requestedAt }
  refunds { id amount { ${M3} } status reason createdAt }
  risk { score level recommendation facts { code description sentiment weight } }
}
  returnReasons { handle label askPhoto askNote retired } }`,CANCEL=`mutation Cancel($orderId: ID!, $refund: Boolean!, $restock: Boolean!, $notify: Boolean!, $note: String, $key: String, $lineIds: [ID!]) {
  orderCancel(orderId: $orderId, refund: $refund, restock: $restock, notifyCustomer: $notify, staffNote: $note, idempotencyKey: $key, lineIds: $lineIds) {
    order { id cancelledAt } userErrors { field message code } } }`,CREATE=`mutation CreateReturn($input: ReturnCreateInput!) { returnCreate(input: $input) {
  return { id name status } overridable decision { allowed reasons { code message } refund { total { ${M3} } } }
  userErrors { field message code } } }`,CONDITIONS2=["UNUSED","NOT_WORN","NOT_WASHED","NOT_IRONED","NOT_STAINED","NOT_ALTERED","ORIGINAL_CONDITION","TAGS_ATTACHED","ORIGINAL_PACKAGING","ACCESSORIES_INCLUDED","MANUALS_INCLUDED"];function PartialChoice({cancellation,scope,setScope,picked,setPicked,errors}){let free=cancellation.lines.filter(l3=>l3.cancellable),kept=cancellation.lines.filter(l3=>!l3.cancellable);return html`<fieldset class="cancel-scope"><legend>What to cancel</legend>
    <label class="check"><input type="radio" name="cancel-scope" checked=${scope==="lines"} onChange=${()=>setScope("lines")} /> Only the items that may go</label>
    ${scope==="lines"?html`<div class="indent">${free.map(l3=>html`<label class="check"><input type="checkbox" checked=${picked.includes(l3.lineId)}
        onChange=${e3=>setPicked(e3.target.checked?[...picked,l3.lineId]:picked.filter(id=>id!==l3.lineId))} /> ${l3.quantity} × ${l3.title} (${money(l3.refund)})</label>`)}
      ${kept.map(l3=>html`<p class="subdued">${l3.quantity} × ${l3.title} stays: ${l3.reasons.map(r3=>r3.message).join(" ")}</p>`)}
      ${errorsAt(errors,"lineIds").length?html`<${Banner}>${errorsAt(errors,"lineIds").join(" ")}</${Banner}>`:null}</div>`:null}
    <label class="check"><input type="radio" name="cancel-scope" checked=${scope==="order"} onChange=${()=>setScope("order")} /> The whole order (over the policy)</label>
  </fieldset>`}function CancelDialog({order,onClose,onDone}){let[refund,setRefund]=d2(!0),[restock,setRestock]=d2(!0),[notify,setNotify]=d2(!0),[note,setNote]=d2(""),[key]=d2(()=>crypto.randomUUID()),partial=order.cancellation.partialAllowed,[scope,setScope]=d2(partial?"lines":"order"),[picked,setPicked]=d2(()=>order.cancellation.lines.filter(l3=>l3.cancellable).map(l3=>l3.lineId)),lineIds=scope==="lines"?picked:null;return html`<${ActionDialog} title=${scope==="lines"?`Cancel items of ${order.name}?`:`Cancel order ${order.name}?`}
    confirmLabel=${scope==="lines"?"Cancel items":"Cancel order"} tone="critical" onClose=${onClose}
    onDone=${()=>onDone(scope==="lines"?"Items cancelled; the rest of the order stays.":"Order cancelled.")}
    onConfirm=${async()=>(await gql(CANCEL,{orderId:order.id,refund,restock,notify,note:note||null,key,lineIds})).orderCancel.userErrors}>${errors=>html`
    ${!order.cancellation.allowed&&!partial?html`<${Banner} tone="warning" title="The policy would refuse the customer">${order.cancellation.reasons.map(r3=>r3.message).join(" ")} Staff may still cancel.</${Banner}>`:null}
    ${partial?html`<${PartialChoice} cancellation=${order.cancellation} scope=${scope} setScope=${setScope} picked=${picked} setPicked=${setPicked} errors=${errors} />`:null}
    <label class="check"><input type="checkbox" checked=${refund} onChange=${e3=>setRefund(e3.target.checked)} /> ${scope==="lines"?"Refund the cancelled items":`Refund what is left (${money(order.refundable)})`}</label>
    <label class="check"><input type="checkbox" checked=${restock} onChange=${e3=>setRestock(e3.target.checked)} /> Restock the items</label>
    <label class="check"><input type="checkbox" checked=${notify} onChange=${e3=>setNotify(e3.target.checked)} /> Email the customer</label>
    <${Field} label="Staff note" errors=${errorsAt(errors,"staffNote")}>${p3=>html`<input ...${p3} type="text" value=${note} onInput=${e3=>setNote(e3.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`}function CreateReturnDialog({order,reasons,onClose,onDone}){let offered=reasons.filter(r3=>!r3.retired&&!r3.askPhoto),returnable=Object.fromEntries(order.returnableLines.map(r3=>[r3.lineId,r3])),candidates=order.lines.filter(l3=>returnable[l3.id]?.returnableQuantity>0),[picked,setPicked]=d2(Object.fromEntries(candidates.map(l3=>[l3.id,{on:!1,quantity:1,reason:"UNWANTED",condition:[],note:""}]))),[resolution,setResolution]=d2("REFUND"),[note,setNote]=d2(""),[proof,setProof]=d2(""),[refusal,setRefusal]=d2(null),[override,setOverride]=d2(""),created=T2(null),[key,setKey]=d2(()=>crypto.randomUUID()),set=(id,k3,v3)=>setPicked({...picked,[id]:{...picked[id],[k3]:v3}});async function submit(){let lines=candidates.filter(l3=>picked[l3.id].on).map(l3=>({lineId:l3.id,quantity:Number(picked[l3.id].quantity)||0,reasonHandle:picked[l3.id].reason,condition:picked[l3.id].condition,note:picked[l3.id].note.trim()||null})),input={orderId:order.id,lines,resolution,customerNote:note||null,proofOfPurchase:proof||null,overrideReason:refusal?override:null,idempotencyKey:key},result=(await gql(CREATE,{input})).returnCreate;return setKey(crypto.randomUUID()),result.userErrors.length?result.userErrors:result.return?(created.current=result.return,[]):(setRefusal(result),[{field:null,message:result.overridable?"The policy refuses this return. To take it anyway, give a reason below (it is recorded and shown on the return).":"The policy refuses this return, and this refusal cannot be overridden."}])}return html`<${ActionDialog} title=${`Create a return for ${order.name}`} confirmLabel=${refusal?.overridable?"Create return over the policy":"Create return"}
    onClose=${onClose} onDone=${()=>onDone(created.current)} onConfirm=${submit}>${errors=>html`
    <p>For a customer who phoned or wrote. The policy decides as it would for them.</p>
    ${candidates.length?null:html`<${Banner} tone="warning">Nothing on this order can be returned (nothing shipped, or all returned).</${Banner}>`}
    ${errorsAt(errors,"lines").length?html`<${Banner}>${errorsAt(errors,"lines").join(" ")}</${Banner}>`:null}
    ${candidates.map(l3=>{let r3=returnable[l3.id],i3=candidates.filter(c3=>picked[c3.id].on).indexOf(l3);return html`<fieldset>
      <legend><label class="check"><input type="checkbox" checked=${picked[l3.id].on} onChange=${e3=>set(l3.id,"on",e3.target.checked)} /> ${l3.title}</label></legend>
      <p class="subdued">${r3.allowed?`Returnable: ${r3.returnableQuantity}${r3.returnBy?`, until ${date(r3.returnBy)}`:""}`:`Policy: ${r3.reasons.map(x2=>x2.message).join(" ")}`}</p>
      ${picked[l3.id].on?html`<div class="form-grid">
        <${Field} label=${`Quantity of ${l3.title}`} errors=${errorsAt(errors,`lines.${i3}.quantity`)}>${p3=>html`<input ...${p3} type="number" min="1" max=${r3.returnableQuantity} value=${picked[l3.id].quantity} onInput=${e3=>set(l3.id,"quantity",e3.target.value)} />`}</${Field}>
        <${Field} label=${`Reason for ${l3.title}`} errors=${errorsAt(errors,`lines.${i3}.reasonHandle`)}>${p3=>html`<select ...${p3} value=${picked[l3.id].reason} onChange=${e3=>set(l3.id,"reason",e3.target.value)}>
          ${offered.map(x2=>html`<option value=${x2.handle}>${x2.label}</option>`)}</select>`}</${Field}>
      </div>
      ${offered.find(x2=>x2.handle===picked[l3.id].reason)?.askNote?html`<${Field} label=${`Customer's note on ${l3.title} (this reason asks for one)`}
        errors=${errorsAt(errors,`lines.${i3}.note`)}>${p3=>html`<input ...${p3} type="text" maxlength="1000" value=${picked[l3.id].note}
          onInput=${e3=>set(l3.id,"note",e3.target.value)} />`}</${Field}>`:null}
      <fieldset class="conditions"><legend>What the customer declared about ${l3.title}</legend>
        <p class="subdued">Tick only what the customer told you; nothing is assumed.</p>
        <div class="check-grid">${CONDITIONS2.map(c3=>html`<label class="check"><input type="checkbox" checked=${picked[l3.id].condition.includes(c3)}
          onChange=${e3=>set(l3.id,"condition",e3.target.checked?[...picked[l3.id].condition,c3]:picked[l3.id].condition.filter(x2=>x2!==c3))} /> ${humanize(c3)}</label>`)}</div>
      </fieldset>`:null}
    </fieldset>`})}
    <div class="form-grid">
      <${Field} label="Resolution" errors=${errorsAt(errors,"resolution")}>${p3=>html`<select ...${p3} value=${resolution} onChange=${e3=>setResolution(e3.target.value)}>
        ${["REFUND","EXCHANGE","REPLACEMENT","STORE_CREDIT"].map(x2=>html`<option value=${x2}>${humanize(x2)}</option>`)}</select>`}</${Field}>
      <${Field} label="Proof of purchase" errors=${errorsAt(errors,"proofOfPurchase")}>${p3=>html`<input ...${p3} type="text" value=${proof} onInput=${e3=>setProof(e3.target.value)} />`}</${Field}>
    </div>
    <${Field} label="What the customer said" errors=${errorsAt(errors,"customerNote")}>${p3=>html`<textarea ...${p3} value=${note} onInput=${e3=>setNote(e3.target.value)}></textarea>`}</${Field}>
    ${refusal?html`<div class="refusal">
      <h3>The policy refuses</h3>
      <ul>${refusal.decision.reasons.map(r3=>html`<li>${r3.message}</li>`)}</ul>
      ${refusal.overridable?html`<${Field} label="Override reason" help="Required to take the return anyway. Recorded in the audit trail and shown on the return." errors=${errorsAt(errors,"overrideReason")}>${p3=>html`<textarea ...${p3} value=${override} onInput=${e3=>setOverride(e3.target.value)}></textarea>`}</${Field}>`:null}
    </div>`:null}`}
  </${ActionDialog}>`}function OrderPage({id}){let state=useQuery(ORDER,{id}),[dialog,setDialog]=d2(null),[done,setDone]=d2(null);return html`<${Loaded} state=${state} label="Loading the order…">${data=>{let order=data.order;if(!order)return html`<${PageHeader} title="Order not found" back="#/orders" backLabel="Orders" />`;let returnable=Object.fromEntries(order.returnableLines.map(r3=>[r3.lineId,r3]));return html`<${PageHeader} title=${order.name} back="#/orders" backLabel="Orders"
        badges=${order.cancelledAt?html`<${Badge} value="CANCELLED">Cancelled</${Badge}>`:null}
        subtitle=${`Placed ${dateTime(order.placedAt)} \xB7 ${order.email||"no email"} \xB7 ${humanize(order.salesChannel)}`}
        actions=${html`<button type="button" class="button primary" onClick=${()=>{setDone(null),setDialog("return")}}>Create return</button>
          ${order.cancelledAt?null:html`<button type="button" class="button critical-outline" onClick=${()=>{setDone(null),setDialog("cancel")}}>Cancel order</button>`}`} />
      ${done?html`<${Banner} tone="success" onDismiss=${()=>setDone(null)}>${done}</${Banner}>`:null}
      <div class="grid-2">
        <div class="stack">
          <${Card} title="Items">
            ${order.lines.map(l3=>{let r3=returnable[l3.id];return html`<div class="line-item">
              <div><strong>${l3.title}</strong>${l3.variantTitle?html` <span class="subdued">· ${l3.variantTitle}</span>`:null}
                <div class="subdued">${l3.sku||""} · ${money(l3.unitPrice)} × ${l3.quantity}</div>
                ${r3?html`<div>${r3.allowed?html`<${Badge} tone="success">Returnable: ${r3.returnableQuantity}</${Badge}> ${r3.returnBy?html`<span class="subdued">until ${date(r3.returnBy)}</span>`:null}`:html`<${Badge} tone="neutral">Not returnable</${Badge}> <span class="subdued">${r3.reasons.map(x2=>x2.message).join(" ")}</span>`}</div>`:null}
              </div></div>`})}
            <dl class="facts section">
              <dt>Subtotal</dt><dd class="num">${money(order.subtotal)}</dd>
              <dt>Shipping</dt><dd class="num">${money(order.shippingPaid)}</dd>
              <dt>Taxes</dt><dd class="num">${money(order.taxes)}</dd>
              <dt><strong>Paid</strong></dt><dd class="num"><strong>${money(order.totalPaid)}</strong></dd>
              <dt>Still refundable</dt><dd class="num">${money(order.refundable)}</dd>
            </dl>
          </${Card}>
          <${Card} title="Fulfillments">
            ${order.fulfillments.length?order.fulfillments.map(f3=>html`<div class="line-item"><div>
              <div>${f3.trackingCompany||"Carrier"} ${f3.trackingNumber||""}</div>
              <div class="subdued">Shipped ${dateTime(f3.shippedAt)} · ${f3.deliveredAt?`delivered ${dateTime(f3.deliveredAt)}`:humanize(f3.shipmentStatus||f3.status)}</div>
            </div></div>`):html`<p class="subdued">Not shipped yet.</p>`}
          </${Card}>
          <${Card} title="Returns">
            ${order.returns.length?order.returns.map(r3=>html`<div class="spread line-item"><a href=${`#/returns/${encodeURIComponent(r3.id)}`}>${r3.name}</a>
              <span><${Badge} value=${r3.status} /> ${money(r3.quotedTotal)}</span></div>`):html`<p class="subdued">No returns.</p>`}
          </${Card}>
          <${Card} title="Refunds">
            ${order.refunds.length?order.refunds.map(r3=>html`<div class="spread line-item"><span>${money(r3.amount)} · ${humanize(r3.reason)}</span>
              <span><${Badge} value=${r3.status} /> <span class="subdued">${dateTime(r3.createdAt)}</span></span></div>`):html`<p class="subdued">No refunds.</p>`}
          </${Card}>
        </div>
        <div class="stack">
          <${Card} title="Customer">
            <p>${order.customer?`${order.customer.firstName||""} ${order.customer.lastName||""}`:"Guest"}</p>
            <p class="subdued">${order.email||""}${order.phone?` \xB7 ${order.phone}`:""}</p>
            ${order.shippingAddress?html`<p class="subdued">${[order.shippingAddress.address1,order.shippingAddress.city,order.shippingAddress.provinceCode,order.shippingAddress.zip,order.shippingAddress.countryCode].filter(Boolean).join(", ")}</p>`:null}
          </${Card}>
          <${Card} title="Cancellation">
            <p>${order.cancelledAt?`Cancelled ${dateTime(order.cancelledAt)}${order.cancelReason?` (${humanize(order.cancelReason)})`:""}.`:order.cancellation.allowed?`The customer may cancel${order.cancellation.deadline?` until ${dateTime(order.cancellation.deadline)}`:""}, for ${money(order.cancellation.refundEstimate)}.`:order.cancellation.partialAllowed?"The customer may cancel some items on their own, not the whole order.":"The customer may not cancel."}</p>
            ${order.cancellation.reasons.map(r3=>html`<p class="subdued">${r3.message}</p>`)}
            <p class="subdued">${order.cancellation.nextStep}</p>
          </${Card}>
          <${Card} title="Risk"><${Risk} risk=${order.risk} /></${Card}>
        </div>
      </div>
      ${dialog==="cancel"?html`<${CancelDialog} order=${order} onClose=${()=>setDialog(null)} onDone=${message=>state.reload().then(()=>setDone(message))} />`:null}
      ${dialog==="return"?html`<${CreateReturnDialog} order=${order} reasons=${data.returnReasons} onClose=${()=>setDialog(null)}
        onDone=${ret=>{ret&&(location.hash=`#/returns/${encodeURIComponent(ret.id)}`)}} />`:null}`}}</${Loaded}>`}var QUEUE=`query Fraud($status: RiskReviewStatus, $after: String) {
  riskReviews(first: 20, after: $after, status: $status) {
    nodes { id status score subjectType subjectId orderId createdAt resolvedBy resolutionNote resolvedAt
      assessment { level recommendation facts { code description sentiment weight } }
      order { id name email phone totalPaid { amount currencyCode } customer { firstName lastName } }
      subject { __typename ... on Return { id name quotedTotal { amount currencyCode } }
        ... on Cancellation { refundAmount { amount currencyCode } } }
      blocklistMatches { id kind value } }
    pageInfo { hasNextPage endCursor }
  }
}`,BLOCKLIST=`query Blocklist($after: String) { blocklist(first: 50, after: $after) {
  nodes { id kind value note createdBy createdAt } pageInfo { hasNextPage endCursor } } }`,RESOLVE=`mutation Resolve($id: ID!, $decision: RiskReviewDecision!, $note: String, $block: [BlocklistKind!]) {
  riskReviewResolve(id: $id, decision: $decision, note: $note, block: $block) { riskReview { id status } userErrors { field message code } } }`,ADD=`mutation Block($kind: BlocklistKind!, $value: String!, $note: String) {
  blocklistAdd(kind: $kind, value: $value, note: $note) { entry { id } userErrors { field message code } } }`,REMOVE="mutation Unblock($id: ID!) { blocklistRemove(id: $id) { entry { id } userErrors { field message code } } }";function subjectLink2(review){let kind=review.subjectType==="Return"?"returns":"orders",id=review.subjectType==="Return"?review.subjectId:review.orderId;return html`<a href=${`#/${kind}/${encodeURIComponent(id)}`}>${review.subjectType==="Return"?"Open the return":"Open the order"}</a>`}function ResolveDialog({review,decision,onClose,onDone}){let[note,setNote]=d2(""),[block,setBlock]=d2([]),toggle=(kind,on)=>setBlock(on?[...block,kind]:block.filter(k3=>k3!==kind)),fraud=decision==="CONFIRM_FRAUD",[unblock,setUnblock]=d2([]),matches=fraud?[]:review.blocklistMatches;async function resolve2(){let errors=(await gql(RESOLVE,{id:review.id,decision,note:note||null,block:fraud&&block.length?block:null})).riskReviewResolve.userErrors;if(errors.length)return errors;for(let id of unblock){let removed=(await gql(REMOVE,{id})).blocklistRemove.userErrors;if(removed.length)return removed.map(e3=>({...e3,field:null,message:`Cleared, but not taken off the blocklist: ${e3.message}`}))}return[]}return html`<${ActionDialog} title=${fraud?"Confirm fraud?":"Clear this request?"} confirmLabel=${fraud?"Confirm fraud":"Clear"} tone=${fraud?"critical":"primary"}
    onClose=${onClose} onDone=${()=>onDone(unblock.length)} onConfirm=${resolve2}>${errors=>html`
    <p><strong>${subjectName(review)}</strong> · ${customerName(review)} · ${amountHeld(review)}</p>
    <p>${fraud?"The request is declined and the customer is told. You can block their contacts.":"The request goes back to the normal flow and the customer is told."}</p>
    ${matches.length?html`<fieldset><legend>Also take off the blocklist</legend>
      <p class="subdued">This request was held partly because these contacts are blocked. If the block was a mistake, remove them too.</p>
      ${matches.map(m3=>html`<label class="check"><input type="checkbox" checked=${unblock.includes(m3.id)}
        onChange=${e3=>setUnblock(e3.target.checked?[...unblock,m3.id]:unblock.filter(x2=>x2!==m3.id))} /> ${humanize(m3.kind)}: <span class="mono">${m3.value}</span></label>`)}
    </fieldset>`:null}
    <${Field} label="Note (staff only)" errors=${errorsAt(errors,"note")}>${p3=>html`<textarea ...${p3} value=${note} onInput=${e3=>setNote(e3.target.value)}></textarea>`}</${Field}>
    ${fraud?html`<fieldset><legend>Block this customer's</legend>
      ${["EMAIL","PHONE","ADDRESS"].map(k3=>html`<label class="check"><input type="checkbox" checked=${block.includes(k3)} onChange=${e3=>toggle(k3,e3.target.checked)} /> ${humanize(k3)}</label>`)}
      <${FieldErrorList} messages=${errorsAt(errors,"block")} />
    </fieldset>`:null}`}
  </${ActionDialog}>`}function FieldErrorList({messages}){return messages.length?html`<div class="field-error" role="alert">${messages.join(" ")}</div>`:null}function subjectName(review){let subject=review.subject;return review.subjectType==="Return"&&subject?.name?`Return ${subject.name}`:review.subjectType==="Cancellation"?`Cancellation of ${review.order.name}`:`Order ${review.order.name}`}function customerName(review){let c3=review.order.customer,name=c3?[c3.firstName,c3.lastName].filter(Boolean).join(" "):"";return name?`${name} (${review.order.email||"no email"})`:review.order.email||"Guest without an email"}function amountHeld(review){let subject=review.subject;return subject?.quotedTotal?`${money(subject.quotedTotal)} quoted refund`:subject?.refundAmount?`${money(subject.refundAmount)} to refund`:`${money(review.order.totalPaid)} order total`}function Review({review,onResolve}){let a3=review.assessment;return html`<${Card} className="review">
    <div class="spread">
      <div class="row"><h2>${subjectName(review)} held for review</h2><${Badge} value=${a3.level}>${humanize(a3.level)} · score ${review.score}</${Badge}> <${Badge} value=${review.status} /></div>
      ${subjectLink2(review)}
    </div>
    <dl class="facts review-facts">
      <dt>Order</dt><dd><a href=${`#/orders/${encodeURIComponent(review.order.id)}`}>${review.order.name}</a></dd>
      <dt>Customer</dt><dd>${customerName(review)}</dd>
      <dt>Amount</dt><dd>${amountHeld(review)}</dd>
    </dl>
    <p class="subdued">Held ${dateTime(review.createdAt)} · recommendation: ${humanize(a3.recommendation).toLowerCase()}</p>
    <ul class="facts-list">${a3.facts.map(f3=>html`<li class=${"fact sentiment-"+f3.sentiment.toLowerCase()}>
      <span class="fact-weight">${f3.weight>0?"+":""}${f3.weight}</span><span>${f3.description}</span></li>`)}</ul>
    ${review.status==="OPEN"?html`<div class="row">
      <button type="button" class="button primary" onClick=${()=>onResolve(review,"CLEAR")}>Clear</button>
      <button type="button" class="button critical-outline" onClick=${()=>onResolve(review,"CONFIRM_FRAUD")}>Confirm fraud</button>
    </div>`:html`<p class="subdued">Resolved by ${who(review.resolvedBy)} ${dateTime(review.resolvedAt)}${review.resolutionNote?` \u2014 ${review.resolutionNote}`:""}</p>`}
  </${Card}>`}function Blocklist(){let pager=usePager(),state=useQuery(BLOCKLIST,{after:pager.after}),[adding,setAdding]=d2(!1),[kind,setKind]=d2("EMAIL"),[value,setValue]=d2(""),[reason,setReason]=d2(""),[removing,setRemoving]=d2(null);return html`<${Card} title="Blocklist" className="flush" actions=${html`<button type="button" class="button" onClick=${()=>setAdding(!0)}>Add to blocklist</button>`}>
    <${Loaded} state=${state} label="Loading the blocklist…">${data=>data.blocklist.nodes.length?html`<div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Blocked contacts</caption>
      <thead><tr><th scope="col">Kind</th><th scope="col">Value</th><th scope="col">Note</th><th scope="col">Added</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${data.blocklist.nodes.map(e3=>html`<tr>
        <td data-label="Kind">${humanize(e3.kind)}</td><td data-label="Value" class="mono">${e3.value}</td><td data-label="Note">${e3.note||"\u2014"}</td>
        <td data-label="Added">${dateTime(e3.createdAt)} · ${who(e3.createdBy)}</td>
        <td><button type="button" class="button small" aria-label=${`Remove ${e3.value} from the blocklist`} onClick=${()=>setRemoving(e3)}>Remove</button></td></tr>`)}</tbody>
    </table></div><${Pager} pager=${pager} pageInfo=${data.blocklist.pageInfo} label="Blocklist pages" />`:html`<${EmptyState} title="Nobody is blocked">Blocked emails, phones and addresses raise the risk of their requests.</${EmptyState}>`}</${Loaded}>
    ${adding?html`<${ActionDialog} title="Add to blocklist" confirmLabel="Block" tone="critical" onClose=${()=>setAdding(!1)} onDone=${()=>{setValue(""),setReason(""),state.reload()}}
      onConfirm=${async()=>(await gql(ADD,{kind,value,note:reason||null})).blocklistAdd.userErrors}>${errors=>html`
      <${Field} label="Kind" errors=${errorsAt(errors,"kind")}>${p3=>html`<select ...${p3} value=${kind} onChange=${e3=>setKind(e3.target.value)}>
        <option value="EMAIL">Email</option><option value="PHONE">Phone</option></select>`}</${Field}>
      <${Field} label=${kind==="EMAIL"?"Email address":"Phone number"} errors=${errorsAt(errors,"value")}>${p3=>html`<input ...${p3} type="text" value=${value} onInput=${e3=>setValue(e3.target.value)} />`}</${Field}>
      <${Field} label="Note (staff only)" errors=${errorsAt(errors,"note")}>${p3=>html`<input ...${p3} type="text" value=${reason} onInput=${e3=>setReason(e3.target.value)} />`}</${Field}>
      <p class="subdued">Addresses are blocked from a fraud review (Confirm fraud).</p>`}
    </${ActionDialog}>`:null}
    ${removing?html`<${ActionDialog} title="Remove from blocklist?" confirmLabel="Remove" onClose=${()=>setRemoving(null)} onDone=${state.reload}
      onConfirm=${async()=>(await gql(REMOVE,{id:removing.id})).blocklistRemove.userErrors}><p>${removing.value} will no longer raise the risk of its requests.</p></${ActionDialog}>`:null}
  </${Card}>`}function Fraud({route}){let status=route.params.get("status")||"OPEN",pager=usePager(),state=useQuery(QUEUE,{status:status==="ALL"?null:status,after:pager.after}),[resolving,setResolving]=d2(null),[done,setDone]=d2(null),[blocklistTick,setBlocklistTick]=d2(0);return html`<${PageHeader} title="Fraud review" subtitle="Requests held because their risk was high, highest score first." />
    ${done?html`<${Banner} tone="success" onDismiss=${()=>setDone(null)}>${done}</${Banner}>`:null}
    <nav class="tabs card-tabs" aria-label="Review status">
      ${[["OPEN","Open"],["CLEARED","Cleared"],["CONFIRMED_FRAUD","Confirmed fraud"],["ALL","All"]].map(([v3,l3])=>html`<a class="tab" href=${`#/fraud?status=${v3}`} aria-current=${status===v3?"page":void 0}>${l3}</a>`)}
    </nav>
    <${Loaded} state=${state} label="Loading the review queue…">${data=>html`<div class="stack">
      ${data.riskReviews.nodes.length?data.riskReviews.nodes.map(r3=>html`<${Review} review=${r3} onResolve=${(review,decision)=>setResolving({review,decision})} />`):html`<${Card}><${EmptyState} title="No requests to review">Requests held for fraud review appear here.</${EmptyState}></${Card}>`}
      <${Pager} pager=${pager} pageInfo=${data.riskReviews.pageInfo} label="Review pages" />
    </div>`}</${Loaded}>
    <div class="spacer"></div>
    <${Blocklist} key=${blocklistTick} />
    ${resolving?html`<${ResolveDialog} review=${resolving.review} decision=${resolving.decision} onClose=${()=>setResolving(null)}
      onDone=${unblocked=>{setDone(resolving.decision==="CLEAR"?`Cleared: the request is back in the normal flow.${unblocked?` ${unblocked===1?"One contact was":`${unblocked} contacts were`} taken off the blocklist.`:""}`:"Fraud confirmed: the request was declined."),state.reload(),setBlocklistTick(t4=>t4+1)}} />`:null}`}function resolve(root2,schema){let node=schema||{};for(;node.$ref;)node={...root2.$defs[node.$ref.split("/").pop()],...Object.fromEntries(Object.entries(node).filter(([k3])=>k3!=="$ref"))};return node}function unwrap(root2,schema){let node=resolve(root2,schema);if(node.anyOf){let rest=node.anyOf.filter(s3=>s3.type!=="null"),nullable=rest.length<node.anyOf.length;if(rest.length===1){let inner=resolve(root2,rest[0]);return{nullable,schema:{...inner,title:node.title||inner.title,description:node.description||inner.description,default:node.default}}}return{nullable,schema:node}}return{nullable:!1,schema:node}}function blank(root2,schema){let{schema:node}=unwrap(root2,schema);return node.default!==void 0&&node.default!==null?structuredClone(node.default):node.type==="object"&&node.properties?Object.fromEntries(Object.entries(node.properties).map(([k3,s3])=>[k3,blank(root2,s3)]).filter(([,v3])=>v3!==void 0)):node.type==="array"?[]:node.type==="boolean"?!1:node.enum?node.enum[0]:node.type==="integer"||node.type==="number"?node.minimum??0:node.type==="string"?"":null}var label=(key,node)=>node.title||humanize(key),CHOICES={MERCHANT_AT_FAULT:"When we are at fault",NON_RETURNABLE_MARK:"Marked non-returnable",FREE_GIFT:"Free gifts",ORIGINAL_PAYMENT:"Original payment method",CUSTOMER_CHOICE:"The customer's choice",INSPECT_BEFORE_REFUND:"Refund only after inspection",NONE:"Nothing",HOLD:"Hold for review",ON_RECEIPT:"When we receive the return",AFTER_INSPECTION:"After inspecting the return",NO:"No",ISSUE:"The issue",PACKAGING:"The packaging",MERCHANT:"We do",CUSTOMER:"The customer",DELIVERY:"Delivery",PURCHASE:"Purchase",SHIPMENT:"Shipment",WORN_OR_DAMAGED:"Worn or damaged items"},choice=value=>CHOICES[value]||humanize(value),helpOf=(node,title)=>node.description&&node.description.replace(/\.$/,"")!==title?node.description:null;function titlesOf(root2,path){let node=root2;return path.map(key=>{let here=unwrap(root2,node).schema;return here.properties?.[key]?(node=here.properties[key],label(key,unwrap(root2,node).schema)):here.type==="array"&&/^\d+$/.test(key)?(node=here.items||{},`${resolve(root2,node).title||"Entry"} ${Number(key)+1}`):(node={},humanize(key))})}function leafCount(schema){let{schema:node}=unwrap(ROOT,schema);if(node.type==="object"&&node.properties)return Object.values(node.properties).reduce((n3,s3)=>n3+leafCount(s3),0);if(node.type==="array"){let items=resolve(ROOT,node.items||{});return items.type==="object"?leafCount(items):1}return 1}var FOLD_OVER=4,idFor=path=>"pf-"+path.join("-").replace(/[^\w-]/g,"_");function Scalar({node,nullable,value,path,onChange,errors,title}){let key=path.join("."),messages=errorsAt(errors,key),help=helpOf(node,title);if(node.type==="boolean"){let id=idFor(path);return html`<div class=${"field"+(messages.length?" has-error":"")}>
      <label class="check" for=${id}><input id=${id} type="checkbox" checked=${!!value} aria-describedby=${help?id+"-help":void 0}
        onChange=${e3=>onChange(e3.target.checked)} /> <span class="label">${title}</span></label>
      ${help?html`<div class="help" id=${id+"-help"}>${help}</div>`:null}
      <${FieldError} id=${id+"-error"} messages=${messages} />
    </div>`}return html`<${Field} id=${idFor(path)} label=${title} help=${help} errors=${messages}>${p3=>node.enum?html`<select ...${p3} value=${value??""} onChange=${e3=>onChange(e3.target.value===""?null:e3.target.value)}>
        ${nullable?html`<option value="">Not set</option>`:null}
        ${node.enum.map(v3=>html`<option value=${v3}>${choice(v3)}</option>`)}</select>`:node.type==="integer"||node.type==="number"?html`<input ...${p3} type="number" inputmode="numeric" min=${node.minimum} max=${node.maximum} step=${node.type==="integer"?1:"any"}
        value=${value??""} placeholder=${nullable?"Not set":""}
        onInput=${e3=>{let t4=e3.target.value.trim();onChange(t4===""?nullable?null:t4:Number.isFinite(Number(t4))?Number(t4):t4)}} />`:html`<input ...${p3} type="text" value=${value??""} placeholder=${nullable?"Not set":""}
      onInput=${e3=>{let t4=e3.target.value;onChange(t4===""&&nullable?null:t4)}} />`}</${Field}>`}function StringList({node,value,path,onChange,errors,title}){let items=resolve(ROOT,node.items||{});if(items.enum){let chosen2=new Set(value||[]);return html`<fieldset class=${errorsAt(errors,path.join("."),{prefix:!0}).length?"has-error":""}><legend>${title}</legend>
      ${node.description?html`<p class="help">${node.description}</p>`:null}
      <div class="form-grid">${items.enum.map(v3=>html`<label class="check"><input type="checkbox" checked=${chosen2.has(v3)}
        onChange=${e3=>{let next=new Set(chosen2);e3.target.checked?next.add(v3):next.delete(v3),onChange(items.enum.filter(x2=>next.has(x2)))}} /> ${choice(v3)}</label>`)}</div>
      <${FieldError} messages=${errorsAt(errors,path.join("."),{prefix:!0})} />
    </fieldset>`}return html`<${Field} id=${idFor(path)} label=${title} help=${(node.description?node.description+" ":"")+"One per line."}
    errors=${errorsAt(errors,path.join("."),{prefix:!0})}>${p3=>html`<textarea ...${p3} value=${(value||[]).join(`
`)}
    onInput=${e3=>onChange(e3.target.value.split(`
`).map(s3=>s3.trim()).filter(Boolean).map(s3=>items.type==="integer"&&/^-?\d+$/.test(s3)?Number(s3):s3))}></textarea>`}</${Field}>`}function useOpen(initial){let[opened,setOpened]=d2(null);return[opened??initial,e3=>setOpened(e3.currentTarget.open)]}function Fold({title,count:count2,errors,path,body}){let bad=errorsAt(errors,path.join("."),{prefix:!0}).length>0,[open,onToggle]=useOpen(bad);return html`<details class="group" open=${open||bad} onToggle=${onToggle} data-group=${path.join(".")}>
    <summary><span class="group-title">${title}</span>${count2!=null?html` <span class="subdued">(${count2})</span>`:null}
      ${bad?html` <span class="badge badge-critical">Needs attention</span>`:null}</summary>
    ${open||bad?html`<div class="group-body">${body()}</div>`:null}
  </details>`}function ObjectList({node,value,path,onChange,errors,title}){let list=value||[],item=node.items,body=()=>html`<${ObjectListBody} node=${node} list=${list} item=${item} path=${path} onChange=${onChange} errors=${errors} />`;return leafCount(item)>FOLD_OVER?html`<${Fold} title=${title} count=${list.length} errors=${errors} path=${path} body=${body} />`:html`<fieldset><legend>${title}</legend>${body()}</fieldset>`}function ObjectListBody({node,list,item,path,onChange,errors}){let one=resolve(ROOT,item).title||"Entry";return html`
    ${node.description?html`<p class="help">${node.description}</p>`:null}
    <${FieldError} messages=${errorsAt(errors,path.join("."))} />
    ${list.map((entry,i3)=>html`<div class="list-entry">
      <div class="spread"><strong>${one} ${i3+1}</strong>
        <button type="button" class="button small" aria-label=${`Remove ${one.toLowerCase()} ${i3+1}`} onClick=${()=>onChange(list.filter((_3,j3)=>j3!==i3))}>Remove</button></div>
      <${Node} schema=${item} value=${entry} path=${[...path,String(i3)]} errors=${errors} title=${`${one} ${i3+1}`} bare=${!0}
        onChange=${v3=>onChange(list.map((x2,j3)=>j3===i3?v3:x2))} />
    </div>`)}
    <button type="button" class="button small" onClick=${()=>onChange([...list,blank(ROOT,item)])}>Add ${one.toLowerCase()}</button>`}function JsonValue({node,value,path,onChange,errors,title}){return html`<${Field} id=${idFor(path)} label=${`${title} (JSON)`} help=${node.description} errors=${errorsAt(errors,path.join("."),{prefix:!0})}>${p3=>html`<textarea ...${p3} class="mono" value=${JSON.stringify(value??null,null,2)}
      onChange=${e3=>{try{onChange(JSON.parse(e3.target.value))}catch{}}}></textarea>`}</${Field}>`}var ROOT=null;function Node({schema,value,path,onChange,errors,title,bare=!1}){let{nullable,schema:node}=unwrap(ROOT,schema),key=path[path.length-1],name=title||label(key,node);if(node.type==="object"&&node.properties){if(nullable&&value==null)return html`<fieldset><legend>${name}</legend>${node.description?html`<p class="help">${node.description}</p>`:null}
        <button type="button" class="button small" onClick=${()=>onChange(blank(ROOT,node))}>Set ${name.toLowerCase()}</button></fieldset>`;let body=()=>html`${node.description&&!bare?html`<p class="help">${node.description}</p>`:null}
      <${FieldError} messages=${errorsAt(errors,path.join("."))} />
      ${Object.entries(node.properties).map(([k3,s3])=>html`<${Node} schema=${s3} value=${value?.[k3]} path=${[...path,k3]} errors=${errors}
        onChange=${v3=>onChange({...value||{},[k3]:v3})} />`)}
      ${nullable?html`<button type="button" class="button small" onClick=${()=>onChange(null)}>Remove ${name.toLowerCase()}</button>`:null}`;return bare?body():leafCount(node)>FOLD_OVER?html`<${Fold} title=${name} errors=${errors} path=${path} body=${body} />`:html`<fieldset><legend>${name}</legend>${body()}</fieldset>`}if(node.type==="array"){let items=resolve(ROOT,node.items||{});if(items.type==="object")return html`<${ObjectList} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`;if(["string","integer"].includes(items.type)||items.enum)return html`<${StringList} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`}return["string","integer","number","boolean"].includes(node.type)||node.enum||node.const!==void 0?html`<${Scalar} node=${node} nullable=${nullable} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`:html`<${JsonValue} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`}function Section({name,schema,value,onChange,errors}){let node=unwrap(ROOT,schema).schema,bad=errorsAt(errors,name,{prefix:!0}).length>0,[open,onToggle]=useOpen(name==="returns");return html`<details class="card section-card" open=${open||bad} onToggle=${onToggle} data-section=${name}>
    <summary><span class="section-title">${label(name,node)}</span>${bad?html` <span class="badge badge-critical">Needs attention</span>`:null}
      <span class="subdued section-desc">${helpOf(node,label(name,node))||""}</span></summary>
    ${open||bad?html`<div class="section-body"><${Node} schema=${schema} value=${value} path=${[name]} errors=${errors} bare=${!0}
      onChange=${onChange} /></div>`:null}
  </details>`}function SchemaForm({schema,value,onChange,errors,skip=[]}){return ROOT=schema,html`${Object.entries(schema.properties).filter(([k3])=>!skip.includes(k3)).map(([k3,s3])=>html`<${Section} key=${k3} name=${k3}
    schema=${s3} value=${value[k3]} errors=${errors} onChange=${v3=>onChange({...value,[k3]:v3})} />`)}`}var M4="amount currencyCode",LOAD=`query PolicyPage { policy { version document } policySchema
  policyVersions(first: 50) { nodes { number createdAt createdBy note preset } } }`,PREVIEW=`query PolicyPreview($document: JSON!) { policyPreview(document: $document) {
  published { html } lintWarnings { code path message severity } userErrors { field message code } } }`,SIMULATE=`query PolicySimulate($document: JSON!, $since: DateTime!) { policySimulate(document: $document, since: $since) {
  impact { orders truncated lines returnableBefore returnableAfter becameReturnable becameNotReturnable ordersChanged
    refundBefore { ${M4} } refundAfter { ${M4} } feesBefore { ${M4} } feesAfter { ${M4} } comparedWithVersion elapsedMs
    samples { orderId name refundBefore { ${M4} } refundAfter { ${M4} }
      lines { title before { allowed reasons { message } } after { allowed reasons { message } } } } }
  userErrors { field message } } }`,SAVE=`mutation PolicySave($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`,PRESET_DOCUMENT="query PresetDocument($preset: PolicyPreset!) { policyPresetDocument(preset: $preset) }",PRESET="mutation PolicyPreset($preset: PolicyPreset!) { policyApplyPreset(preset: $preset) { policyVersion { number } userErrors { field message code } } }",DIFF="query PolicyDiff($from: Int!, $to: Int!) { policyDiff(fromVersion: $from, toVersion: $to) { changes { path kind before after } userErrors { field message } } }",PAGE_STYLE="<style>body{font:14px/1.5 system-ui,sans-serif;color:#303030;margin:12px}h1{font-size:20px}h2{font-size:16px}h3{font-size:14px}</style>",PRESETS=[["ALOTROP","Alotrop (electronics, 30 days)"],["ALLTRENDSUSA","Alltrendsusa"],["ALLEGRA_K","Allegra K (fashion)"]],presetName=value=>(PRESETS.find(([v3])=>v3===value)||[value,value])[1];function useDebounced(run2,value,delay,deps){let seq=T2(0);A2(()=>{let mine=++seq.current,timer=setTimeout(()=>run2(value,()=>mine===seq.current,mine===1),mine===1?0:delay);return()=>clearTimeout(timer)},deps)}var OPENING_DAYS=90,since=days=>new Date(Date.now()-days*864e5).toISOString();function openingChecks(document2){let quiet=promise=>(promise.catch(()=>{}),promise);return{document:document2,preview:quiet(gql(PREVIEW,{document:document2})),impact:quiet(gql(SIMULATE,{document:document2,since:since(OPENING_DAYS)}))}}var show=v3=>v3==null?"not set":typeof v3=="object"?JSON.stringify(v3):String(v3),delta=(a3,b2)=>{let d3=b2-a3;return d3===0?"no change":`${d3>0?"+":"\u2212"}${Math.abs(d3).toLocaleString()}`};function Impact({impact,days,setDays,busy:busy2,error}){return html`<${Card} title="Impact on recent orders" className="impact" actions=${html`<label class="visually-hidden" for="impact-days">Orders of the last</label>
    <select id="impact-days" value=${days} onChange=${e3=>setDays(Number(e3.target.value))}>
      ${[30,60,90,180,365].map(d3=>html`<option value=${d3}>Last ${d3} days</option>`)}</select>`}>
    <div aria-live="polite">
    ${error?html`<${Banner}>${error}</${Banner}>`:null}
    ${impact?html`
      <p class="subdued">The draft against version ${impact.comparedWithVersion??"(defaults)"} over ${impact.orders.toLocaleString()} orders${impact.truncated?" (the newest 10,000)":""}, as of now. ${busy2?"Updating\u2026":""}</p>
      <dl class="facts impact-figures">
        <dt>Lines returnable</dt><dd data-figure="returnable">${impact.returnableBefore.toLocaleString()} → <strong>${impact.returnableAfter.toLocaleString()}</strong> <span class="subdued">(${delta(impact.returnableBefore,impact.returnableAfter)})</span></dd>
        <dt>Become returnable</dt><dd data-figure="became-returnable">${impact.becameReturnable.toLocaleString()}</dd>
        <dt>No longer returnable</dt><dd data-figure="became-not-returnable">${impact.becameNotReturnable.toLocaleString()}</dd>
        <dt>Refunds if all returned</dt><dd data-figure="refunds">${money(impact.refundBefore)} → <strong>${money(impact.refundAfter)}</strong></dd>
        <dt>Fees kept</dt><dd data-figure="fees">${money(impact.feesBefore)} → <strong>${money(impact.feesAfter)}</strong></dd>
        <dt>Orders changed</dt><dd data-figure="orders-changed">${impact.ordersChanged.toLocaleString()} of ${impact.orders.toLocaleString()}</dd>
      </dl>
      ${impact.samples.length?html`<h3 class="section">Examples of changed orders</h3>
        <ul class="samples">${impact.samples.slice(0,8).map(o3=>html`<li>
          <a href=${`#/orders/${encodeURIComponent(o3.orderId)}`}>${o3.name}</a> <span class="subdued">${money(o3.refundBefore)} → ${money(o3.refundAfter)}</span>
          ${o3.lines.map(l3=>html`<div class="sample-line">${l3.title}:
            <span class="diff-before">${l3.before.allowed?"returnable":l3.before.reasons.map(r3=>r3.message).join(" ")}</span> →
            <span class="diff-after">${l3.after.allowed?"returnable":l3.after.reasons.map(r3=>r3.message).join(" ")}</span></div>`)}
        </li>`)}</ul>`:html`<p class="subdued">No order changes under the draft.</p>`}`:busy2?html`<${Spinner} label="Comparing with your orders…" />`:html`<p class="subdued">Fix the errors to see the impact.</p>`}
    </div>
  </${Card}>`}function History({versions,current,schema}){let latest=versions[0]?.number,[from,setFrom]=d2(versions[1]?.number??latest),[to,setTo]=d2(latest),[diff,setDiff]=d2(null),[error,setError]=d2(null);A2(()=>{setTo(versions[0]?.number),setFrom(versions[1]?.number??versions[0]?.number)},[versions[0]?.number]);async function compare(e3){e3.preventDefault(),setError(null);try{setDiff((await gql(DIFF,{from:Number(from),to:Number(to)})).policyDiff)}catch(err){report(err),setError(err.message)}}return versions.length?html`<${Card} title="Version history" className="history">
    <div class="table-wrap"><table class="index stackable"><caption class="visually-hidden">Saved policy versions</caption>
      <thead><tr><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
      <tbody>${versions.map(v3=>html`<tr data-version=${v3.number}><td data-label="Version">${v3.number} ${v3.number===current?html`<${Badge} tone="success">In force</${Badge}>`:null}</td>
        <td data-label="Saved">${dateTime(v3.createdAt)}</td><td data-label="By">${who(v3.createdBy||"")}</td>
        <td data-label="Note">${v3.note||(v3.preset?`Preset ${v3.preset}`:"")}</td></tr>`)}</tbody></table></div>
    ${versions.length>1?html`<form class="row compare" onSubmit=${compare}>
      <label for="diff-from">Compare version</label>
      <select id="diff-from" value=${from} onChange=${e3=>setFrom(e3.target.value)}>${versions.map(v3=>html`<option value=${v3.number}>${v3.number}</option>`)}</select>
      <label for="diff-to">with</label>
      <select id="diff-to" value=${to} onChange=${e3=>setTo(e3.target.value)}>${versions.map(v3=>html`<option value=${v3.number}>${v3.number}</option>`)}</select>
      <button class="button" type="submit">Compare</button>
    </form>`:null}
    ${error?html`<${Banner}>${error}</${Banner}>`:null}
    ${diff?diff.changes.length?html`<table class="index diff"><caption class="visually-hidden">Changes from version ${from} to ${to}</caption>
      <thead><tr><th scope="col">Setting</th><th scope="col">Version ${from}</th><th scope="col">Version ${to}</th></tr></thead>
      <tbody>${diff.changes.map(c3=>html`<tr><td>${titlesOf(schema,c3.path).join(" \u203A ")}</td>
        <td><span class="diff-before">${show(c3.before)}</span></td><td><span class="diff-after">${show(c3.after)}</span></td></tr>`)}</tbody></table>`:html`<p class="subdued">These versions are the same.</p>`:null}
  </${Card}>`:html`<${Card} title="Version history"><${EmptyState} title="No saved version yet">The defaults apply until you save.</${EmptyState}></${Card}>`}function Editor({loaded,opening,reload,saved,setSaved}){let[draft,setDraft]=d2(loaded.policy.document),[dirty,setDirty]=d2(!1),[errors,setErrors]=d2({}),[preview,setPreview]=d2(null),[lint,setLint]=d2(null),[impact,setImpact]=d2(null),[impactBusy,setImpactBusy]=d2(!0),[impactError,setImpactError]=d2(null),[days,setDays]=d2(OPENING_DAYS),[note,setNote]=d2(""),[saving,setSaving]=d2(!1),[preset,setPreset]=d2(null),[presetDraft,setPresetDraft]=d2(null),change=next=>{setDraft(next),setDirty(!0),setSaved(null),setPresetDraft(null)},opened=(first,doc)=>first&&opening?.document===doc;useDebounced(async(doc,current,first)=>{try{let r3=(await(opened(first,doc)?opening.preview:gql(PREVIEW,{document:doc}))).policyPreview;if(!current())return;setErrors(fieldErrors(r3.userErrors,{strip:["document"]})),r3.published&&setPreview(r3.published.html),setLint(r3.lintWarnings)}catch(e3){report(e3)}},draft,300,[draft]),useDebounced(async([doc,d3],current,first)=>{setImpactBusy(!0),setImpactError(null);try{let r3=(await(opened(first,doc)&&d3===OPENING_DAYS?opening.impact:gql(SIMULATE,{document:doc,since:since(d3)}))).policySimulate;if(!current())return;setImpact(r3.impact)}catch(e3){report(e3),current()&&setImpactError(e3.message)}finally{current()&&setImpactBusy(!1)}},[draft,days],600,[draft,days]);async function save(){setSaving(!0);try{let r3=presetDraft?(await gql(PRESET,{preset:presetDraft})).policyApplyPreset:(await gql(SAVE,{document:draft,note:note||null})).policyUpdate;setErrors(fieldErrors(r3.userErrors,{strip:["document"]})),r3.userErrors.length||(setSaved({version:r3.policyVersion.number,preset:presetDraft}),setDirty(!1),setNote(""),setPresetDraft(null),reload())}catch(e3){report(e3),setErrors({"":[e3.message]})}finally{setSaving(!1)}}let general=errors[""]||[],count2=Object.values(errors).flat().length;return html`<${PageHeader} title="Policy" subtitle=${`Version ${loaded.policy.version??"\u2014 (defaults)"} is in force.${dirty?" You have unsaved changes.":""}`}
      actions=${html`<a class="button" href="#/policy/draft">Draft from your written policy</a>
        <button type="button" class="button" onClick=${()=>setPreset("ALOTROP")}>Preview a preset…</button>
        <button type="button" class="button primary" disabled=${saving} onClick=${save}>${saving?"Saving\u2026":"Save policy"}</button>`} />
    ${saved?html`<${Banner} tone="success" onDismiss=${()=>setSaved(null)}>${saved.preset?`Preset ${presetName(saved.preset)} applied: saved`:"Saved"} as version ${saved.version}. It applies to new requests from now on.</${Banner}>`:null}
    ${presetDraft?html`<${Banner} tone="info" title=${`Previewing the preset ${presetName(presetDraft)}: not saved yet`}>
      The form, the impact on recent orders and the public page below show the preset. Save to apply it, or
      <button type="button" class="button plain inline" onClick=${()=>{setDraft(loaded.policy.document),setDirty(!1),setPresetDraft(null)}}>discard it</button>.</${Banner}>`:null}
    ${count2?html`<${Banner} title=${`${count2} ${count2===1?"setting needs":"settings need"} attention`}>${general.map(m3=>html`<div>${m3}</div>`)}Each error is shown at its field below.</${Banner}>`:null}
    <div class="grid-2 policy-layout">
      <div class="stack">
        <${SchemaForm} schema=${loaded.policySchema} value=${draft} onChange=${change} errors=${errors} skip=${["schema_version"]} />
        <${Card} title="Save">
          <div class="field"><label class="label" for="policy-note">Note for the history (optional)</label>
            <input id="policy-note" type="text" value=${note} onInput=${e3=>setNote(e3.target.value)} /></div>
          <button type="button" class="button primary" disabled=${saving} onClick=${save}>${saving?"Saving\u2026":"Save policy"}</button>
        </${Card}>
      </div>
      <div class="stack">
        <${Impact} impact=${impact} days=${days} setDays=${setDays} busy=${impactBusy} error=${impactError} />
        <${Card} title="Lint">${count2?html`<p class="lint-blocked">The draft has ${count2} ${count2===1?"error":"errors"}: fix ${count2===1?"it":"them"} to check the policy for contradictions.</p>`:lint===null?html`<${Spinner} label="Checking the policy…" />`:lint.length?html`<ul class="lint">${lint.map(w3=>html`<li><${Badge} tone=${w3.severity==="error"?"critical":w3.severity==="warning"?"attention":"info"}>${humanize(w3.severity)}</${Badge}> ${w3.message}
            ${w3.path.length?html`<div class="subdued">${titlesOf(loaded.policySchema,w3.path).join(" \u203A ")}</div>`:null}</li>`)}</ul>`:html`<p class="subdued">No contradictions found.</p>`}</${Card}>
        <${Card} title="Public policy page (preview)">
          ${preview?html`<iframe class="preview-frame" title="Preview of the public return policy page" sandbox="" srcdoc=${PAGE_STYLE+preview}></iframe>`:html`<${Spinner} label="Rendering…" />`}
        </${Card}>
      </div>
    </div>
    <div class="spacer"></div>
    <${History} versions=${loaded.policyVersions.nodes} current=${loaded.policy.version} schema=${loaded.policySchema} />
    ${preset?html`<${ActionDialog} title="Preview a preset" confirmLabel="Preview" onClose=${()=>setPreset(null)}
      onConfirm=${async()=>{let doc=(await gql(PRESET_DOCUMENT,{preset})).policyPresetDocument;return setDraft(doc),setDirty(!0),setSaved(null),setPresetDraft(preset),[]}}>
      <p>A preset replaces the whole policy with a seed store's rules. It is loaded into the form first, with its impact on your recent orders and its public page; nothing is saved until you save. Unsaved changes are replaced.</p>
      <div class="field"><label class="label" for="preset">Preset</label>
        <select id="preset" value=${preset} onChange=${e3=>setPreset(e3.target.value)}>${PRESETS.map(([v3,l3])=>html`<option value=${v3}>${l3}</option>`)}</select></div>
    </${ActionDialog}>`:null}`}function Policy(){let state=useQuery(LOAD),opening=w2(()=>state.data&&openingChecks(state.data.policy.document),[state.data]),[saved,setSaved]=d2(null);return html`<${Loaded} state=${state} label="Loading the policy…">${data=>html`<${Editor} key=${data.policy.version} loaded=${data} opening=${opening} reload=${state.reload} saved=${saved} setSaved=${setSaved} />`}</${Loaded}>`}var M5="amount currencyCode",DRAFT=`query PolicyDraftFromText($text: String!, $accept: [String!]) { policyDraftFromText(text: $text, accept: $accept) {
  draft { document placed { path value confidence suggestion sentence { text start end } }
          unplaced { sentence { text start end } why suggestions { id confidence settings { path value } } }
          defaults { path value } problems }
  userErrors { field message code } } }`,PREVIEW2=`query DraftPreview($document: JSON!) { policyPreview(document: $document) {
  published { html } lintWarnings { code path message severity } userErrors { field message code } } }`,SIMULATE2=`query DraftImpact($document: JSON!, $since: DateTime!) { policySimulate(document: $document, since: $since) {
  impact { orders returnableBefore returnableAfter ordersChanged refundBefore { ${M5} } refundAfter { ${M5} }
    feesBefore { ${M5} } feesAfter { ${M5} } comparedWithVersion }
  userErrors { field message } } }`,SAVE2=`mutation DraftSave($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`,PAGE_STYLE2="<style>body{font:14px/1.5 system-ui,sans-serif;color:#303030;margin:12px}h1{font-size:20px}h2{font-size:16px}</style>",label2=path=>path.split(".").map(humanize).join(" \u203A ");function show2(value){return value==null?"not set":typeof value=="boolean"?value?"Yes":"No":Array.isArray(value)?value.map(show2).join(", "):typeof value=="object"?value.label?value.label:value.payer?`${humanize(value.payer)} pays${value.postage_reimbursed&&value.postage_reimbursed!=="NO"?`, reimbursed ${humanize(value.postage_reimbursed).toLowerCase()}`:""}`:value.min_days!==void 0?`${value.min_days}\u2013${value.max_days} ${value.unit.toLowerCase()} days`:JSON.stringify(value):/^[A-Z_]+$/.test(String(value))?humanize(String(value)):String(value)}function pieces(text,draft){let chars=Array.from(text),marks=new Map;draft.placed.forEach(p3=>{let key=`${p3.sentence.start}:${p3.sentence.end}`,mark=marks.get(key)||{...p3.sentence,kind:"placed",paths:[]};mark.paths.includes(p3.path)||mark.paths.push(p3.path),marks.set(key,mark)}),draft.unplaced.forEach(u3=>{let key=`${u3.sentence.start}:${u3.sentence.end}`,mark=marks.get(key);marks.set(key,mark?{...mark,kind:"partly",why:u3.why}:{...u3.sentence,kind:"unplaced",why:u3.why,paths:[]})});let ordered=[...marks.values()].sort((a3,b2)=>a3.start-b2.start),out=[],at=0;for(let mark of ordered)mark.start<at||(mark.start>at&&out.push({text:chars.slice(at,mark.start).join("")}),out.push({...mark,text:chars.slice(mark.start,mark.end).join("")}),at=mark.end);return at<chars.length&&out.push({text:chars.slice(at).join("")}),out}function partlyPlaced(draft){let unplaced=new Set(draft.unplaced.map(u3=>u3.sentence.start)),out=new Map;for(let p3 of draft.placed.filter(p4=>unplaced.has(p4.sentence.start))){let paths=out.get(p3.sentence.start)||[];paths.includes(p3.path)||out.set(p3.sentence.start,[...paths,p3.path])}return out}var TITLES={placed:piece=>`Sets ${piece.paths.map(label2).join(", ")}`,partly:piece=>`Sets ${piece.paths.map(label2).join(", ")}; the rest no setting holds (${piece.why})`,unplaced:()=>"No setting holds this sentence"};function Sentences({text,draft,selected,select}){return html`<div class="draft-text" aria-label="Your policy text, sentence by sentence">${pieces(text,draft).map(piece=>piece.kind?html`<button type="button" class=${`sentence ${piece.kind}${selected===piece.start?" selected":""}`} id=${`sentence-${piece.start}`}
        title=${TITLES[piece.kind](piece)}
        onClick=${()=>select(piece.start)}>${piece.text}</button>`:piece.text)}</div>`}function bySetting(placed){let rows=new Map;for(let p3 of placed){let row=rows.get(p3.path)||{path:p3.path,values:[],sentences:[],confidence:null};row.values.some(v3=>JSON.stringify(v3.value)===JSON.stringify(p3.value))||row.values.push({value:p3.value,suggestion:p3.suggestion}),p3.confidence!=null&&!p3.suggestion&&(row.confidence=row.confidence==null?p3.confidence:Math.min(row.confidence,p3.confidence)),row.sentences.some(s3=>s3.start===p3.sentence.start)||row.sentences.push(p3.sentence),rows.set(p3.path,row)}return[...rows.values()]}function chosen(row){let groups=new Map;for(let v3 of row.values.filter(v4=>v4.suggestion))groups.set(v3.suggestion,[...groups.get(v3.suggestion)||[],v3.value]);return[...groups]}function Placed({draft,selected,select,undo,busy:busy2}){let reveal=start=>{select(start),document.getElementById(`sentence-${start}`)?.scrollIntoView({block:"center"})};return html`<ul class="draft-settings">${bySetting(draft.placed).map(row=>{let read=row.values.filter(v3=>!v3.suggestion).map(v3=>show2(v3.value));return html`<li class=${row.sentences.some(s3=>s3.start===selected)?"selected":""}>
    <div class="row"><strong>${label2(row.path)}</strong> ${read.length?html`<span class="draft-value">${read.join(", ")}</span>`:null}
      ${row.confidence!=null?html`<${Badge} value="guessed" tone="attention">Read by likeness, ${Math.floor(row.confidence*100)}% sure: check it</${Badge}>`:null}</div>
    ${chosen(row).map(([id,values])=>html`<div class="row draft-chosen"><span class="draft-value">${values.map(show2).join(", ")}</span>
      <${Badge} value="chosen" tone="info">You chose it</${Badge}>
      <button type="button" class="button plain" disabled=${busy2} onClick=${()=>undo(id)}>Undo</button></div>`)}
    ${row.sentences.map(sentence=>html`<button type="button" class="button plain draft-quote draft-from" onClick=${()=>reveal(sentence.start)}>
      From: “${sentence.text}”</button>`)}
  </li>`})}</ul>`}function Suggestions({suggestions,take,busy:busy2}){return suggestions.length?html`<ul class="draft-suggestions">${suggestions.map(s3=>html`<li>
    <span>May say <strong>${s3.settings.map(x2=>`${label2(x2.path)}: ${show2(x2.value)}`).join("; ")}</strong> <span class="subdued">(${Math.floor(s3.confidence*100)}% sure)</span></span>
    <button type="button" class="button" disabled=${busy2} onClick=${()=>take(s3.id)}>Use this</button></li>`)}</ul>`:null}function Review2({text,draft,onSaved,take,undo,busy:busy2}){let[selected,setSelected]=d2(null),[preview,setPreview]=d2(null),[impact,setImpact]=d2(null),[impactError,setImpactError]=d2(null),[saving,setSaving]=d2(!1),[errors,setErrors]=d2({});A2(()=>{let live=!0,since2=new Date(Date.now()-90*864e5).toISOString();return gql(PREVIEW2,{document:draft.document}).then(r3=>live&&setPreview(r3.policyPreview)).catch(report),gql(SIMULATE2,{document:draft.document,since:since2}).then(r3=>live&&setImpact(r3.policySimulate.impact)).catch(e3=>{report(e3),live&&setImpactError(e3.message)}),()=>{live=!1}},[draft]);async function save(){setSaving(!0);try{let r3=(await gql(SAVE2,{document:draft.document,note:"Drafted from our written policy"})).policyUpdate;setErrors(fieldErrors(r3.userErrors,{strip:["document"]})),r3.userErrors.length||onSaved(r3.policyVersion.number)}catch(e3){report(e3),setErrors({"":[e3.message]})}finally{setSaving(!1)}}let problems=[...draft.problems,...Object.values(errors).flat()],lint=preview?.lintWarnings||[],partly=partlyPlaced(draft);return html`
    ${problems.length?html`<${Banner} title="The draft cannot be saved as it is">${problems.map(m3=>html`<div>${m3}</div>`)}</${Banner}>`:null}
    <div class="split draft-layout">
      <${Card} title="Your text">
        <p class="subdued"><span class="legend placed">Green</span> sentences set a setting; <span class="legend unplaced">amber</span> ones
          are about returns but no setting holds them${partly.size?html`; <span class="legend partly">green edged in amber</span> ones set a
          setting and say more that no setting holds`:null}. Select a sentence to see what it set.</p>
        <${Sentences} text=${text} draft=${draft} selected=${selected} select=${setSelected} />
      </${Card}>
      <div class="stack">
        <${Card} title=${`Settings drafted (${bySetting(draft.placed).length})`}>
          ${draft.placed.some(p3=>p3.confidence!=null&&!p3.suggestion)?html`<p class="subdued">Settings marked “read by likeness” come from sentences
            that say a rule in their own words, read by their likeness to sentences Recourse learned from rather than by a rule. Check them before saving.</p>`:null}
          ${draft.placed.length?html`<${Placed} draft=${draft} selected=${selected} select=${setSelected} undo=${undo} busy=${busy2} />`:html`<p class="subdued">No sentence states a setting Recourse knows. Your settings stay as they are.</p>`}
        </${Card}>
        <${Card} title=${`Sentences no setting holds (${draft.unplaced.length})`}>
          ${draft.unplaced.length?html`<p class="subdued">Set these by hand in the policy form after saving, or keep them as notes: they are not enforced.
            Where Recourse has an idea of what a sentence says, it offers it: check the sentence, then use it or leave it.</p>
            <ul class="draft-unplaced">${draft.unplaced.map(u3=>html`<li><button type="button" class="button plain draft-quote" onClick=${()=>setSelected(u3.sentence.start)}>“${u3.sentence.text}”</button>
              <div class="subdued">${u3.why}</div>${partly.has(u3.sentence.start)?html`<div class="subdued draft-partly">${`It also sets ${partly.get(u3.sentence.start).map(label2).join(", ")}`}: only
              what no setting holds is left to you.</div>`:null}<${Suggestions} suggestions=${u3.suggestions} take=${take} busy=${busy2} /></li>`)}</ul>`:html`<p class="subdued">Every sentence about returns was placed.</p>`}
        </${Card}>
        <details class="card draft-defaults"><summary>Not in your text: ${draft.defaults.length} settings keep their default</summary>
          <ul>${draft.defaults.map(d3=>html`<li><strong>${label2(d3.path)}</strong>: ${show2(d3.value)}</li>`)}</ul></details>
      </div>
    </div>
    <div class="split draft-result">
      <${Card} title="Your policy page, as drafted">
        ${preview?.published?html`<iframe class="preview-frame" title="Preview of the drafted return policy page" sandbox="" srcdoc=${PAGE_STYLE2+preview.published.html}></iframe>`:preview?html`<p class="subdued">The draft does not render yet.</p>`:html`<${Spinner} label="Rendering…" />`}
      </${Card}>
      <div class="stack">
        <${Card} title="Lint">${lint.length?html`<ul class="lint">${lint.map(w3=>html`<li><${Badge} tone=${w3.severity==="error"?"critical":w3.severity==="warning"?"attention":"info"}>${humanize(w3.severity)}</${Badge}> ${w3.message}</li>`)}</ul>`:preview?html`<p class="subdued">No contradictions found.</p>`:html`<${Spinner} label="Checking…" />`}</${Card}>
        <${Card} title="Impact on the last 90 days of orders">
          ${impactError?html`<${Banner}>${impactError}</${Banner}>`:impact?html`
            <dl class="facts">
              <dt>Lines returnable</dt><dd data-figure="returnable">${impact.returnableBefore.toLocaleString()} → <strong>${impact.returnableAfter.toLocaleString()}</strong></dd>
              <dt>Refunds if all returned</dt><dd>${money(impact.refundBefore)} → <strong>${money(impact.refundAfter)}</strong></dd>
              <dt>Fees kept</dt><dd>${money(impact.feesBefore)} → <strong>${money(impact.feesAfter)}</strong></dd>
              <dt>Orders changed</dt><dd>${impact.ordersChanged.toLocaleString()} of ${impact.orders.toLocaleString()}</dd>
            </dl>`:html`<${Spinner} label="Comparing with your orders…" />`}
        </${Card}>
        <${Card} title="Save">
          <p>Saving makes the draft your policy in force (a new version you can compare or undo in the history).</p>
          <button type="button" class="button primary" disabled=${saving||draft.problems.length} onClick=${save}>${saving?"Saving\u2026":"Save as my policy"}</button>
        </${Card}>
      </div>
    </div>`}function PolicyDraft(){let[text,setText]=d2(""),[draft,setDraft]=d2(null),[drafted,setDrafted]=d2(""),[busy2,setBusy]=d2(!1),[errors,setErrors]=d2({}),[saved,setSaved]=d2(null),[accepted,setAccepted]=d2([]);async function draftWith(source,accept){setBusy(!0),setSaved(null);try{let r3=(await gql(DRAFT,{text:source,accept})).policyDraftFromText;setErrors(fieldErrors(r3.userErrors)),r3.draft&&(setDraft(r3.draft),setDrafted(source),setAccepted(accept))}catch(e3){report(e3),setErrors({text:[e3.message]})}finally{setBusy(!1)}}let read=event=>{event.preventDefault(),draftWith(text,[])},take=id=>draftWith(drafted,[...accepted,id]),undo=id=>draftWith(drafted,accepted.slice(0,accepted.indexOf(id)));return html`<${PageHeader} title="Start from your written policy" back="#/policy" backLabel="Policy"
      subtitle="Paste the return policy you already publish. Recourse drafts your settings from it, sentence by sentence; nothing is saved until you save." />
    ${saved?html`<${Banner} tone="success">Saved as version ${saved}. <a href="#/policy">Review it in the policy form</a>.</${Banner}>`:null}
    <${Card} title="Your policy text">
      <form onSubmit=${read} novalidate>
        <${Field} label="Policy text" id="policy-text" errors=${errors.text} help="Plain text or Markdown, as on your store's policy page.">
          ${props=>html`<textarea ...${props} rows="10" value=${text} onInput=${e3=>setText(e3.target.value)}
            placeholder="We accept returns within 30 days of delivery…"></textarea>`}
        </${Field}>
        <button type="submit" class="button primary" disabled=${busy2}>${busy2?"Reading\u2026":"Draft my settings"}</button>
      </form>
    </${Card}>
    <div class="spacer"></div>
    ${errors.accept?html`<${Banner}>${errors.accept.join(" ")}</${Banner}>`:null}
    ${draft?html`<${Review2} key=${drafted} text=${drafted} draft=${draft} onSaved=${setSaved} take=${take} undo=${undo} busy=${busy2} />`:null}`}var SETTINGS="query EmailPage { emailSettings { settings warnings kinds } }",SUBJECTS="query PreviewSubjects($kind: EmailKind!) { emailPreviewSubjects(kind: $kind) { id label } }",SAVE3="mutation EmailSettingsSave($settings: JSON!) { emailSettingsUpdate(settings: $settings) { emailSettings { warnings } userErrors { field message code } } }",PREVIEW3=`query EmailPreview($kind: EmailKind!, $subject: ID!, $locale: String) { emailPreview(kind: $kind, subjectId: $subject, locale: $locale) {
  preview { subject html text to locale warnings } userErrors { field message } } }`,DELIVERIES=`query Deliveries($status: EmailDeliveryStatus, $after: String) { emailDeliveries(first: 20, after: $after, status: $status) {
  nodes { id kind to status attempts lastError sentAt nextAttemptAt subjectId createdAt } pageInfo { hasNextPage endCursor } } }`,RETRY2="mutation EmailRetry($id: ID!) { emailRetry(id: $id) { userErrors { field message code } } }",LANGUAGES=[["en","English"],["es","Espa\xF1ol"],["de","Deutsch"]];function Branding({settings,onSaved}){let[doc,setDoc]=d2(settings),[errors,setErrors]=d2({}),[saved,setSaved]=d2(!1),[busy2,setBusy]=d2(!1),set=(k3,v3)=>{setDoc({...doc,[k3]:v3}),setSaved(!1)};async function save(e3){e3.preventDefault(),setBusy(!0);try{let r3=(await gql(SAVE3,{settings:doc})).emailSettingsUpdate;setErrors(fieldErrors(r3.userErrors,{strip:["settings"]})),r3.userErrors.length||(setSaved(!0),onSaved())}catch(err){report(err),setErrors({"":[err.message]})}finally{setBusy(!1)}}let text=(k3,labelText,help,type="text")=>html`<${Field} label=${labelText} help=${help} errors=${errorsAt(errors,k3)}>${p3=>html`<input ...${p3} type=${type} value=${doc[k3]??""} onInput=${e3=>set(k3,e3.target.value===""?null:e3.target.value)} />`}</${Field}>`;return html`<${Card} title="Branding and sender"><form onSubmit=${save} novalidate>
    ${saved?html`<${Banner} tone="success">Email settings saved.</${Banner}>`:null}
    ${(errors[""]||[]).length?html`<${Banner}>${errors[""].join(" ")}</${Banner}>`:null}
    <div class="form-grid">
      ${text("from_name","Sender name","Defaults to the shop's name.")}
      ${text("reply_to","Reply-to address","Defaults to the support email.","email")}
      ${text("logo_url","Logo URL","An https address of your logo.","url")}
      ${text("accent_color","Accent colour","#RRGGBB, for buttons and links.")}
    </div>
    <${Field} label="Signature" errors=${errorsAt(errors,"signature")}>${p3=>html`<textarea ...${p3} value=${doc.signature??""} onInput=${e3=>set("signature",e3.target.value||null)}></textarea>`}</${Field}>
    <${Field} label="Blind copy to" help="Up to 5 addresses, one per line." errors=${errorsAt(errors,"copy_to",{prefix:!0})}>${p3=>html`<textarea ...${p3} value=${(doc.copy_to||[]).join(`
`)} onInput=${e3=>set("copy_to",e3.target.value.split(`
`).map(s3=>s3.trim()).filter(Boolean))}></textarea>`}</${Field}>
    <${Overrides} doc=${doc} set=${set} errors=${errors} />
    <button class="button primary" type="submit" disabled=${busy2}>${busy2?"Saving\u2026":"Save email settings"}</button>
  </form></${Card}>`}function Overrides({doc,set,errors}){let kinds=Object.keys(KINDS2),[kind,setKind]=d2(kinds[0]),current=(doc.overrides||{})[kind]||{},put=(part,value)=>{let next={...current,[part]:value||void 0};Object.keys(next).forEach(k3=>next[k3]===void 0&&delete next[k3]);let overrides={...doc.overrides||{}};Object.keys(next).length?overrides[kind]=next:delete overrides[kind],set("overrides",overrides)};return html`<fieldset><legend>Template overrides</legend>
    <p class="help">Jinja2 with the same variables as the shipped templates. Leave empty to use the shipped text.</p>
    <div class="field"><label class="label" for="override-kind">Email</label>
      <select id="override-kind" value=${kind} onChange=${e3=>setKind(e3.target.value)}>${kinds.map(k3=>html`<option value=${k3}>${KINDS2[k3]}${doc.overrides?.[k3]?" (overridden)":""}</option>`)}</select></div>
    ${["subject","text","html"].map(part=>html`<${Field} label=${`${humanize(part)} override`} errors=${errorsAt(errors,`overrides.${kind}.${part}`)}>${p3=>part==="subject"?html`<input ...${p3} type="text" value=${current[part]||""} onInput=${e3=>put(part,e3.target.value)} />`:html`<textarea ...${p3} class="mono" value=${current[part]||""} onInput=${e3=>put(part,e3.target.value)}></textarea>`}</${Field}>`)}
  </fieldset>`}var KINDS2={};function Preview({kinds}){let[kind,setKind]=d2("RETURN_INSTRUCTIONS"),[subject,setSubject]=d2(""),[subjects,setSubjects]=d2(null),[locale,setLocale2]=d2("en"),[state,setState]=d2({loading:!1}),chooseKind=next=>{setKind(next),setSubjects(null),setSubject(""),setState({loading:!1})};A2(()=>{let live=!0;return gql(SUBJECTS,{kind}).then(d3=>{if(!live)return;let list=d3.emailPreviewSubjects.map(x2=>[x2.id,x2.label]);setSubjects(list),setSubject(list[0]?.[0]||"")}).catch(e3=>{report(e3),live&&(setSubjects([]),setState({loading:!1,error:e3.message}))}),()=>{live=!1}},[kind]),A2(()=>{if(!subject){setState({loading:!1});return}let live=!0;return setState(s3=>({...s3,loading:!0})),gql(PREVIEW3,{kind,subject,locale}).then(d3=>live&&setState({loading:!1,...d3.emailPreview})).catch(e3=>{report(e3),live&&setState({loading:!1,error:e3.message})}),()=>{live=!1}},[kind,subject,locale]);let p3=state.preview;return html`<${Card} title="Preview" className="email-preview">
    <div class="form-grid">
      <div class="field"><label class="label" for="preview-kind">Email</label>
        <select id="preview-kind" value=${kind} onChange=${e3=>chooseKind(e3.target.value)}>${kinds.map(k3=>html`<option value=${k3}>${humanize(k3)}</option>`)}</select></div>
      <div class="field"><label class="label" for="preview-subject">For</label>
        <select id="preview-subject" value=${subject} disabled=${!subjects?.length} onChange=${e3=>setSubject(e3.target.value)}>${(subjects||[]).map(([id,l3])=>html`<option value=${id}>${l3}</option>`)}</select></div>
      <div class="field"><label class="label" for="preview-locale">Language</label>
        <select id="preview-locale" value=${locale} onChange=${e3=>setLocale2(e3.target.value)}>${LANGUAGES.map(([v3,l3])=>html`<option value=${v3} lang=${v3}>${l3}</option>`)}</select></div>
    </div>
    <div aria-live="polite">
    ${subjects===null||state.loading&&!p3?html`<${Spinner} label="Rendering…" />`:null}
    ${subjects&&!subjects.length?html`<${EmptyState} title=${`Nothing to preview \u201C${humanize(kind)}\u201D with yet`}>This email is previewed with a real return, refund or order it was (or would be) sent for; none of this shop's fits yet.</${EmptyState}>`:null}
    ${state.error?html`<${Banner}>${state.error}</${Banner}>`:null}
    ${(state.userErrors||[]).length?html`<${Banner} tone="warning">${state.userErrors.map(e3=>e3.message).join(" ")}</${Banner}>`:null}
    ${p3?html`<div class=${state.loading?"stale":""}>
      <dl class="facts"><dt>To</dt><dd>${p3.to||"\u2014"}</dd><dt>Subject</dt><dd class="preview-subject" lang=${p3.locale}>${p3.subject}</dd></dl>
      ${p3.warnings.length?html`<${Banner} tone="warning" title="Override problems">${p3.warnings.map(w3=>html`<div>${w3}</div>`)}</${Banner}>`:null}
      <iframe class="preview-frame" title=${`HTML email: ${p3.subject}`} sandbox="" srcdoc=${p3.html}></iframe>
      <details><summary>Plain-text part</summary><pre lang=${p3.locale}>${p3.text}</pre></details>
    </div>`:null}
    </div>
  </${Card}>`}function Deliveries(){let[status,setStatus]=d2(null),pager=usePager(),state=useQuery(DELIVERIES,{status,after:pager.after}),[retrying,setRetrying]=d2(null);return html`<${Card} title="Deliveries" className="flush">
    <nav class="tabs" aria-label="Delivery status">${[[null,"All"],["PENDING","Pending"],["SENT","Sent"],["FAILED","Failed"]].map(([v3,l3])=>html`<button type="button" class="tab" aria-pressed=${status===v3?"true":"false"} aria-current=${status===v3?"true":void 0} onClick=${()=>{pager.reset(),setStatus(v3)}}>${l3}</button>`)}</nav>
    <${Loaded} state=${state} label="Loading deliveries…">${data=>data.emailDeliveries.nodes.length?html`<div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Email deliveries</caption>
      <thead><tr><th scope="col">Email</th><th scope="col">To</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">When</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${data.emailDeliveries.nodes.map(d3=>html`<tr>
        <td data-label="Email">${humanize(d3.kind)}</td><td data-label="To">${d3.to||"\u2014"}</td>
        <td data-label="Status"><${Badge} value=${d3.status} />${d3.lastError?html`<div class="subdued">${d3.lastError}</div>`:null}</td>
        <td data-label="Attempts">${d3.attempts}</td>
        <td data-label="When">${dateTime(d3.sentAt||d3.nextAttemptAt||d3.createdAt)}</td>
        <td>${d3.status==="FAILED"?html`<button type="button" class="button small" onClick=${()=>setRetrying(d3)}>Retry</button>`:null}</td></tr>`)}</tbody>
    </table></div><${Pager} pager=${pager} pageInfo=${data.emailDeliveries.pageInfo} label="Delivery pages" />`:html`<${EmptyState} title="No emails here">Emails appear as returns and refunds move.</${EmptyState}>`}</${Loaded}>
    ${retrying?html`<${ActionDialog} title="Send this email again?" confirmLabel="Retry" onClose=${()=>setRetrying(null)} onDone=${state.reload}
      onConfirm=${async()=>(await gql(RETRY2,{id:retrying.id})).emailRetry.userErrors}><p>${humanize(retrying.kind)} to ${retrying.to} goes back to the queue, due now, with the same Message-ID.</p></${ActionDialog}>`:null}
  </${Card}>`}function Emails(){let state=useQuery(SETTINGS);return html`<${PageHeader} title="Emails" subtitle="What customers receive at each step, in their language." />
    <${Loaded} state=${state} label="Loading email settings…">${data=>(KINDS2=Object.fromEntries(data.emailSettings.kinds.map(k3=>[k3.toLowerCase(),humanize(k3)])),html`${data.emailSettings.warnings.length?html`<${Banner} tone="warning" title="Override problems">${data.emailSettings.warnings.map(w3=>html`<div>${w3}</div>`)}</${Banner}>`:null}
        <div class="split">
          <${Branding} settings=${data.emailSettings.settings} onSaved=${state.reload} />
          <${Preview} kinds=${data.emailSettings.kinds} />
        </div>
        <div class="spacer"></div>
        <${Deliveries} />`)}</${Loaded}>`}var chartJs=null;function loadChart(){return chartJs??=inFlightUntil(import("./chart-MQMBQ4NM.js")).then(({Chart,BarController,BarElement,CategoryScale,LinearScale,Legend,Tooltip})=>(Chart.register(BarController,BarElement,CategoryScale,LinearScale,Legend,Tooltip),Chart),error=>{throw chartJs=null,error}),chartJs}var COUNTS="itemsSold ordersSold itemsReturned ordersReturned returns itemsKept itemReturnRate orderReturnRate",FIGURES=`counts { ${COUNTS} } refundsPaid { amount currencyCode } credits { amount currencyCode }
  feesKept { amount currencyCode } postageCharged { amount currencyCode } returnsRefunded refundTimeMedianSeconds
  refundTimeP90Seconds decidedAutomatically decidedByStaff automaticShare fraudHolds`,QUERY5=`query Analytics($from: Date!, $to: Date!, $by: ReturnAnalyticsDimension!) {
  returnAnalytics(from: $from, to: $to, groupBy: $by) {
    period { start end days } previousPeriod { start end } timezone currencyCode returnsQuery
    current { ${FIGURES} } previous { ${FIGURES} }
    groups { key label current { ${COUNTS} } previous { itemReturnRate itemsReturned } returnsQuery }
    fraudSignals { signal holds open cleared confirmedFraud }
    policyVersions { version requested requestedBefore approved approvedAtOnce declined kept returnsQuery }
  }
}`,PERIODS=[[7,"Last 7 days"],[30,"Last 30 days"],[90,"Last 90 days"],[365,"Last 365 days"]],GROUPS=[["PRODUCT","Product"],["VARIANT","Variant"],["PRODUCT_TYPE","Product type"],["REASON","Reason"],["CUSTOMER_SEGMENT","Customer segment"]],SEGMENTS={GUEST:"Guest checkout",NEW:"First order",RETURNING:"Returning customer"};function today(timeZone){return new Intl.DateTimeFormat("en-CA",{timeZone,year:"numeric",month:"2-digit",day:"2-digit"}).format(new Date)}function minusDays(isoDate,days){let d3=new Date(`${isoDate}T00:00:00Z`);return d3.setUTCDate(d3.getUTCDate()-days),d3.toISOString().slice(0,10)}var percent=rate=>rate==null?"\u2014":`${(Number(rate)*100).toFixed(1)}%`,counter=null,count=n3=>(counter??=new Intl.NumberFormat).format(n3);function duration(seconds){if(seconds==null)return"\u2014";let hours=seconds/3600;return hours<48?`${hours.toFixed(1)} h`:`${(hours/24).toFixed(1)} days`}var amounts=list=>list.map(m3=>money(m3)).join(" + "),returnsLink=query=>`#/returns?q=${encodeURIComponent(query)}`;function groupLabel(by,group){return by==="REASON"?humanize(group.key):by==="CUSTOMER_SEGMENT"?SEGMENTS[group.key]||group.key:group.label||"(none)"}function csvCell(value){let text=value==null?"":String(value),safe=/^[=+\-@\t\r]/.test(text)?`'${text}`:text;return/[",\n\r]/.test(safe)?`"${safe.replace(/"/g,'""')}"`:safe}function toCsv(header,rows){return[header,...rows].map(row=>row.map(csvCell).join(",")).join(`\r
`)+`\r
`}function CsvButton({name,header,rows}){return html`<button type="button" class="button plain" onClick=${()=>{let url=URL.createObjectURL(new Blob([toCsv(header,rows)],{type:"text/csv;charset=utf-8"})),a3=document.createElement("a");a3.href=url,a3.download=name,document.body.appendChild(a3),a3.click(),a3.remove(),setTimeout(()=>URL.revokeObjectURL(url),1e3)}} data-csv=${name}>Export CSV</button>`}function BarChart({label:label3,labels,datasets,percentAxis}){let canvas=T2(null);return A2(()=>{let chart=null,gone=!1;return loadChart().then(Chart=>{gone||(chart=new Chart(canvas.current,{type:"bar",data:{labels,datasets},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:"y",scales:{x:{beginAtZero:!0,ticks:percentAxis?{callback:v3=>`${(v3*100).toFixed(v3<.1?1:0)}%`}:{}}},plugins:{legend:{position:"bottom"},tooltip:{callbacks:percentAxis?{label:c3=>`${c3.dataset.label}: ${percent(c3.raw)}`}:{}}}}}))}),()=>{gone=!0,chart?.destroy()}},[JSON.stringify({labels,datasets})]),html`<div class="chart">
    <canvas ref=${canvas} role="img" aria-label=${label3}></canvas></div>`}function Change({now,before,rate,lowerIsBetter=!0}){if(before==null||now===null||now===void 0)return null;let a3=Number(now),b2=Number(before);if(a3===b2)return html`<span class="subdued change">no change</span>`;let up=a3>b2,good=lowerIsBetter?!up:up,text=rate?`${up?"+":"\u2212"}${Math.abs((a3-b2)*100).toFixed(1)} pts`:`${up?"+":"\u2212"}${count(Math.abs(a3-b2))}`;return html`<span class=${`change ${good?"good":"bad"}`}>${text} <span class="visually-hidden">against the period before</span></span>`}function Kpi({label:label3,value,sub,href,children}){let body=html`<span class="queue-label">${label3}</span><span class="kpi-value">${value}</span>
    ${children}<span class="subdued">${sub}</span>`;return href?html`<a class="card kpi" href=${href}>${body}</a>`:html`<div class="card kpi">${body}</div>`}function Kpis({data}){let{current:c3,previous:p3}=data,link=returnsLink(data.returnsQuery),moneyChange=key=>html`<span class="subdued change">before: ${amounts(p3[key])}</span>`;return html`<div class="grid-cards kpis" role="list" aria-label="Key figures">
    <div role="listitem"><${Kpi} label="Item return rate" value=${percent(c3.counts.itemReturnRate)} href=${link}
      sub=${`${count(c3.counts.itemsReturned)} of ${count(c3.counts.itemsSold)} items`}>
      <${Change} now=${c3.counts.itemReturnRate} before=${p3.counts.itemReturnRate} rate /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Order return rate" value=${percent(c3.counts.orderReturnRate)} href=${link}
      sub=${`${count(c3.counts.ordersReturned)} of ${count(c3.counts.ordersSold)} orders`}>
      <${Change} now=${c3.counts.orderReturnRate} before=${p3.counts.orderReturnRate} rate /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Refunds paid" value=${amounts(c3.refundsPaid)} href=${link}
      sub=${`${count(c3.returnsRefunded)} returns refunded`}>${moneyChange("refundsPaid")}</${Kpi}></div>
    <div role="listitem"><${Kpi} label="Fees kept" value=${amounts(c3.feesKept)} href=${link}
      sub=${`Postage charged ${amounts(c3.postageCharged)}, credits ${amounts(c3.credits)}`}>${moneyChange("feesKept")}</${Kpi}></div>
    <div role="listitem"><${Kpi} label="Request to refund" value=${duration(c3.refundTimeMedianSeconds)} href=${link}
      sub=${`median; 90% within ${duration(c3.refundTimeP90Seconds)}`}>
      <${Change} now=${c3.refundTimeMedianSeconds} before=${p3.refundTimeMedianSeconds} /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Decided by the policy" value=${percent(c3.automaticShare)} href=${link}
      sub=${`${count(c3.decidedAutomatically)} automatic, ${count(c3.decidedByStaff)} by staff`}>
      <${Change} now=${c3.automaticShare} before=${p3.automaticShare} rate lowerIsBetter=${!1} /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Held for fraud review" value=${count(c3.fraudHolds)} href="#/fraud"
      sub=${`${count(c3.counts.itemsKept)} items kept without a return`}>
      <${Change} now=${c3.fraudHolds} before=${p3.fraudHolds} /></${Kpi}></div>
  </div>`}function Groups({data,by}){let byName=GROUPS.find(([value])=>value===by)[1],rows=data.groups;if(!rows.length)return html`<${Card} title=${`Returns by ${byName.toLowerCase()}`}><${EmptyState} title="Nothing sold or returned in this period" /></${Card}>`;let top=rows.slice(0,10),rateOf=by==="REASON"?"Share of items sold":"Item return rate",header=[byName,"Key","Items sold","Items returned","Orders sold","Orders returned","Returns","Kept without return",rateOf,"Order return rate","Item return rate before","Items returned before"],csvRows=rows.map(g3=>[groupLabel(by,g3),g3.key,g3.current.itemsSold,g3.current.itemsReturned,g3.current.ordersSold,g3.current.ordersReturned,g3.current.returns,g3.current.itemsKept,g3.current.itemReturnRate,g3.current.orderReturnRate,g3.previous.itemReturnRate,g3.previous.itemsReturned]);return html`<${Card} title=${`Returns by ${byName.toLowerCase()}`} className="flush"
      actions=${html`<${CsvButton} name=${`returns-by-${by.toLowerCase()}-${data.period.start}-${data.period.end}.csv`} header=${header} rows=${csvRows} />`}>
    <div class="card-body">
      <${BarChart} label=${`${rateOf} by ${byName.toLowerCase()}, this period and the one before (the table below has the figures)`}
        labels=${top.map(g3=>groupLabel(by,g3))} percentAxis
        datasets=${[{label:"This period",data:top.map(g3=>Number(g3.current.itemReturnRate||0)),backgroundColor:"#2c6ecb"},{label:"Period before",data:top.map(g3=>Number(g3.previous.itemReturnRate||0)),backgroundColor:"#b4c9e8"}]} />
    </div>
    <div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Returns by ${byName.toLowerCase()}</caption>
      <thead><tr><th scope="col">${byName}</th><th scope="col" class="num">Sold</th><th scope="col" class="num">Returned</th>
        <th scope="col" class="num">${rateOf}</th><th scope="col" class="num">Before</th><th scope="col">Returns</th></tr></thead>
      <tbody>${rows.map(g3=>html`<tr>
        <td data-label=${byName}>${groupLabel(by,g3)}</td>
        <td data-label="Sold" class="num">${count(g3.current.itemsSold)}</td>
        <td data-label="Returned" class="num">${count(g3.current.itemsReturned)}</td>
        <td data-label=${rateOf} class="num">${percent(g3.current.itemReturnRate)}</td>
        <td data-label="Before" class="num">${percent(g3.previous.itemReturnRate)}</td>
        <td data-label="Returns">${g3.current.returns?html`<a href=${returnsLink(g3.returnsQuery)}>${count(g3.current.returns)} ${g3.current.returns===1?"return":"returns"}</a>`:"\u2014"}</td>
      </tr>`)}</tbody>
    </table></div>
  </${Card}>`}function Signals({data}){let rows=data.fraudSignals,header=["Signal","Holds","Open","Cleared","Confirmed fraud"];return html`<${Card} title="Fraud holds by signal" className="flush"
      actions=${rows.length?html`<${CsvButton} name=${`fraud-signals-${data.period.start}-${data.period.end}.csv`} header=${header}
        rows=${rows.map(s3=>[s3.signal,s3.holds,s3.open,s3.cleared,s3.confirmedFraud])} />`:null}>
    ${rows.length?html`<div class="table-wrap"><table class="index stackable">
      <thead><tr><th scope="col">Signal</th><th scope="col" class="num">Holds</th><th scope="col" class="num">Open</th>
        <th scope="col" class="num">Cleared</th><th scope="col" class="num">Confirmed fraud</th></tr></thead>
      <tbody>${rows.map(s3=>html`<tr><td data-label="Signal">${humanize(s3.signal)}</td>
        <td data-label="Holds" class="num">${count(s3.holds)}</td><td data-label="Open" class="num">${count(s3.open)}</td>
        <td data-label="Cleared" class="num">${count(s3.cleared)}</td>
        <td data-label="Confirmed fraud" class="num">${count(s3.confirmedFraud)}</td></tr>`)}</tbody>
    </table></div>`:html`<${EmptyState} title="No fraud holds in this period" />`}
  </${Card}>`}function Versions({data}){let rows=data.policyVersions,header=["Policy version","Requested","Requested before","Approved","Approved at once","Declined","Kept without return"],name=v3=>v3.version===null?"Defaults":`Version ${v3.version}`;return html`<${Card} title="Decisions per policy version" className="flush"
      actions=${rows.length?html`<${CsvButton} name=${`policy-versions-${data.period.start}-${data.period.end}.csv`} header=${header}
        rows=${rows.map(v3=>[name(v3),v3.requested,v3.requestedBefore,v3.approved,v3.approvedAtOnce,v3.declined,v3.kept])} />`:null}>
    ${rows.length?html`<div class="table-wrap"><table class="index stackable">
      <thead><tr><th scope="col">Policy</th><th scope="col" class="num">Requested</th><th scope="col" class="num">Approved</th>
        <th scope="col" class="num">At once</th><th scope="col" class="num">Declined</th><th scope="col" class="num">Kept</th></tr></thead>
      <tbody>${rows.map(v3=>html`<tr>
        <td data-label="Policy"><a href=${returnsLink(v3.returnsQuery)}>${name(v3)}</a></td>
        <td data-label="Requested" class="num">${count(v3.requested)}</td><td data-label="Approved" class="num">${count(v3.approved)}</td>
        <td data-label="At once" class="num">${count(v3.approvedAtOnce)}</td><td data-label="Declined" class="num">${count(v3.declined)}</td>
        <td data-label="Kept" class="num">${count(v3.kept)}</td></tr>`)}</tbody>
    </table></div>`:html`<${EmptyState} title="No returns requested in this period" />`}
  </${Card}>`}function Analytics({route}){let shop=useShop(),end=route.params.get("to")||today(shop.timezone),days=Number(route.params.get("days")||30),start=route.params.get("from")||minusDays(end,days-1),by=route.params.get("by")||"PRODUCT",[form,setForm]=d2({start,end,by}),state=useQuery(QUERY5,{from:start,to:end,by});A2(()=>{loadChart().catch(()=>{})},[]);let go=params=>{window.location.hash=`#/analytics?${new URLSearchParams(params)}`},apply=e3=>{e3.preventDefault(),go({from:form.start,to:form.end,by:form.by})};return html`<${PageHeader} title="Analytics" subtitle=${`Returns of ${shop.name}, in ${shop.timezone} and ${shop.currencyCode}`} />
    <${Card} className="flush">
      <nav class="tabs" aria-label="Period">
        ${PERIODS.map(([n3,label3])=>html`<a class="tab" href=${`#/analytics?${new URLSearchParams({days:n3,by})}`}
          aria-current=${!route.params.get("from")&&days===n3?"page":void 0}>${label3}</a>`)}
      </nav>
      <form class="filters" onSubmit=${apply} aria-label="Period and grouping">
        <div class="field"><label class="label" for="an-from">From</label>
          <input id="an-from" type="date" value=${form.start} required onInput=${e3=>setForm({...form,start:e3.target.value})} /></div>
        <div class="field"><label class="label" for="an-to">To</label>
          <input id="an-to" type="date" value=${form.end} required onInput=${e3=>setForm({...form,end:e3.target.value})} /></div>
        <div class="field"><label class="label" for="an-by">Group by</label>
          <select id="an-by" value=${form.by} onChange=${e3=>setForm({...form,by:e3.target.value})}>
            ${GROUPS.map(([value,label3])=>html`<option value=${value}>${label3}</option>`)}</select></div>
        <button class="button primary" type="submit">Show</button>
      </form>
    </${Card}>
    <${Loaded} state=${state} label="Counting returns…">${data=>{let a3=data.returnAnalytics;return html`<p class="subdued period-note">${`${date(a3.period.start)} to ${date(a3.period.end)} (${a3.period.days} days), against ${date(a3.previousPeriod.start)} to ${date(a3.previousPeriod.end)}.`}</p>
        <${Kpis} data=${a3} />
        <div class="spacer"></div>
        <${Groups} data=${a3} by=${by} />
        <div class="spacer"></div>
        <div class="split analytics-split">
          <${Signals} data=${a3} />
          <${Versions} data=${a3} />
        </div>`}}</${Loaded}>`}var QUERY6=`query Settings { shop { id supportEmail phone postalAddress openingHours webhookUrl platform platformNotifiesCustomer }
  policy { version document } emailSettings { settings } }`,SHOP=`mutation ShopSettings($supportEmail: String, $phone: String, $postalAddress: String, $openingHours: String) {
  shopUpdate(supportEmail: $supportEmail, phone: $phone, postalAddress: $postalAddress, openingHours: $openingHours) {
    shop { id } userErrors { field message code } } }`,WEBHOOK="mutation Webhook($url: String) { shopUpdate(webhookUrl: $url) { shop { id } userErrors { field message code } } }",POLICY=`mutation SettingsPolicy($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`,EMAIL="mutation SettingsSender($settings: JSON!) { emailSettingsUpdate(settings: $settings) { userErrors { field message code } } }";function useSave(save,strip,onSaved){let[errors,setErrors]=d2({}),[saved,setSaved]=d2(null),[busy2,setBusy]=d2(!1);async function submit(event){event.preventDefault(),setBusy(!0),setSaved(null);try{let result=await save();setErrors(fieldErrors(result.errors,{strip})),result.errors.length||(onSaved&&await onSaved(),setSaved(result.message))}catch(error){report(error),setErrors({"":[error.message]})}finally{setBusy(!1)}}return{errors,saved,busy:busy2,submit,dirty:()=>setSaved(null)}}function Saved({form}){return html`${form.saved?html`<${Banner} tone="success">${form.saved}</${Banner}>`:null}
    ${(form.errors[""]||[]).length?html`<${Banner}>${form.errors[""].join(" ")}</${Banner}>`:null}`}function Contact({shop}){let[v3,setV]=d2({supportEmail:shop.supportEmail||"",phone:shop.phone||"",postalAddress:shop.postalAddress||"",openingHours:shop.openingHours||""}),form=useSave(async()=>({errors:(await gql(SHOP,v3)).shopUpdate.userErrors,message:"Contact details saved. The policy page, the portal and every email now show them."}),[]),set=k3=>e3=>{setV({...v3,[k3]:e3.target.value}),form.dirty()};return html`<${Card} title="Contact details"><form onSubmit=${form.submit} novalidate>
    <p class="subdued">How customers reach you: printed under "Questions" on your return policy, in the portal and at the foot of every email. Leave a field empty to leave it out.</p>
    <${Saved} form=${form} />
    <div class="form-grid">
      <${Field} label="Support email" errors=${errorsAt(form.errors,"supportEmail")}>${p3=>html`<input ...${p3} type="email" autocomplete="email" value=${v3.supportEmail} onInput=${set("supportEmail")} />`}</${Field}>
      <${Field} label="Phone" errors=${errorsAt(form.errors,"phone")}>${p3=>html`<input ...${p3} type="tel" autocomplete="tel" value=${v3.phone} onInput=${set("phone")} />`}</${Field}>
    </div>
    <${Field} label="Postal address" help="Where customers can write to you (return parcels go to the return addresses below)." errors=${errorsAt(form.errors,"postalAddress")}>${p3=>html`<textarea ...${p3} rows="3" value=${v3.postalAddress} onInput=${set("postalAddress")}></textarea>`}</${Field}>
    <${Field} label="Opening hours" help="For example: Monday to Friday, 9:00–17:00 (Eastern time)." errors=${errorsAt(form.errors,"openingHours")}>${p3=>html`<input ...${p3} type="text" value=${v3.openingHours} onInput=${set("openingHours")} />`}</${Field}>
    <button class="button primary" type="submit" disabled=${form.busy}>${form.busy?"Saving\u2026":"Save contact details"}</button>
  </form></${Card}>`}var BLANK_ADDRESS={name:"",countries:[],rest_of_world:!1,recipient:"",address1:"",address2:null,city:"",province:null,zip:null,country:"",phone:null},ADDRESS_FIELDS=[["recipient","Recipient","First line of the parcel's label, e.g. your shop's name and \u201CReturns\u201D."],["address1","Street and number"],["address2","Suite, unit, building (optional)"],["city","City"],["province","State or region (optional)"],["zip","Postal code"],["country","Country","Two-letter code, e.g. US."],["phone","Phone for the carrier (optional)"]];function withShipping(document2,change){let copy=JSON.parse(JSON.stringify(document2));return copy.shipping=copy.shipping||{},change(copy.shipping),copy}async function savePolicy(document2,note){let r3=(await gql(POLICY,{document:document2,note})).policyUpdate;return{errors:r3.userErrors,version:r3.policyVersion?.number}}function AddressDialog({policy,index,onClose,onDone}){let existing=index==null?BLANK_ADDRESS:policy.document.shipping.return_addresses[index],[a3,setA]=d2({...BLANK_ADDRESS,...existing}),[countries,setCountries]=d2((existing.countries||[]).join(", ")),set=(k3,optional)=>e3=>setA({...a3,[k3]:e3.target.value===""&&optional?null:e3.target.value}),path=`document.shipping.return_addresses.${index??(policy.document.shipping.return_addresses?.length||0)}`;async function confirm(){let address={...a3,country:a3.country.trim().toUpperCase(),countries:a3.rest_of_world?[]:countries.split(/[\s,]+/).map(c3=>c3.trim().toUpperCase()).filter(Boolean)},document2=withShipping(policy.document,s3=>{let list=[...s3.return_addresses||[]];index==null?list.push(address):list[index]=address,s3.return_addresses=list}),saved=await savePolicy(document2,`Return address ${index==null?"added":"changed"}: ${address.name}`);return saved.errors.length||await onDone(`Return address \u201C${address.name}\u201D saved (policy version ${saved.version}).`),saved.errors}return html`<${ActionDialog} title=${index==null?"Add a return address":`Edit ${existing.name}`} confirmLabel="Save address" onClose=${onClose}
    strip=${[]} onConfirm=${confirm}>${errors=>{let at=k3=>errorsAt(errors,`${path}.${k3}`,{prefix:!0}),general=[...errorsAt(errors,path),...errorsAt(errors,"document.shipping.return_addresses"),...errorsAt(errors,"document.shipping")];return html`
        ${general.length?html`<${Banner}>${general.join(" ")}</${Banner}>`:null}
        <${Field} label="Name (only staff see it)" help="E.g. US returns centre." errors=${at("name")}>${p3=>html`<input ...${p3} type="text" value=${a3.name} onInput=${set("name")} />`}</${Field}>
        <fieldset><legend>Returns from which countries come here</legend>
          <label class="check"><input type="checkbox" checked=${a3.rest_of_world} onChange=${e3=>setA({...a3,rest_of_world:e3.target.checked})} /> Every country no other address covers</label>
          ${a3.rest_of_world?null:html`<${Field} label="Countries" help="Two-letter codes separated by commas, e.g. US, CA (EU for every EU member)." errors=${at("countries")}>${p3=>html`<input ...${p3} type="text" value=${countries} onInput=${e3=>setCountries(e3.target.value)} />`}</${Field}>`}
        </fieldset>
        <div class="form-grid">${ADDRESS_FIELDS.map(([k3,label3,help])=>html`<${Field} label=${label3} help=${help} errors=${at(k3)}>${p3=>html`<input ...${p3} type="text" value=${a3[k3]??""} onInput=${set(k3,label3.includes("optional"))} />`}</${Field}>`)}</div>`}}
  </${ActionDialog}>`}function Addresses({policy,onSaved}){let list=policy.document.shipping?.return_addresses||[],[editing,setEditing]=d2(void 0),[removing,setRemoving]=d2(null),[done,setDone]=d2(null),finish=message=>onSaved().then(()=>setDone(message));return html`<${Card} title="Return addresses" actions=${html`<button type="button" class="button" onClick=${()=>{setDone(null),setEditing(null)}}>Add address</button>`}>
    <p class="subdued">Where parcels go back to, chosen by the order's shipping country. The right one is printed in the return instructions, the emails and the return slip.</p>
    ${done?html`<${Banner} tone="success" onDismiss=${()=>setDone(null)}>${done}</${Banner}>`:null}
    ${list.length?html`<ul class="address-list">${list.map((a3,i3)=>html`<li class="list-entry" data-address=${a3.name}>
      <div class="spread"><strong>${a3.name}</strong>
        <div class="row"><button type="button" class="button small" aria-label=${`Edit ${a3.name}`} onClick=${()=>{setDone(null),setEditing(i3)}}>Edit</button>
          <button type="button" class="button small critical-outline" aria-label=${`Remove ${a3.name}`} onClick=${()=>{setDone(null),setRemoving(i3)}}>Remove</button></div></div>
      <div class="subdued">For ${a3.rest_of_world?"every other country":a3.countries.join(", ")}</div>
      <address>${[a3.recipient,a3.address1,a3.address2,[a3.city,a3.province,a3.zip].filter(Boolean).join(" "),a3.country].filter(Boolean).map(l3=>html`${l3}<br />`)}</address>
    </li>`)}</ul>`:html`<${EmptyState} title="No return address yet">Customers are told to ask you for one. Add where returns should go.</${EmptyState}>`}
    ${editing!==void 0?html`<${AddressDialog} policy=${policy} index=${editing} onClose=${()=>setEditing(void 0)} onDone=${finish} />`:null}
    ${removing!=null?html`<${ActionDialog} title=${`Remove ${list[removing].name}?`} confirmLabel="Remove address" tone="critical" onClose=${()=>setRemoving(null)}
      strip=${[]} onConfirm=${async()=>{let name=list[removing].name,saved=await savePolicy(withShipping(policy.document,s3=>{s3.return_addresses=list.filter((_3,i3)=>i3!==removing)}),`Return address removed: ${name}`);return saved.errors.length||await finish(`Return address \u201C${name}\u201D removed (policy version ${saved.version}).`),saved.errors}}><p>Returns from ${list[removing].rest_of_world?"every other country":list[removing].countries.join(", ")} will no longer be sent here. Approved returns keep the address they were given.</p></${ActionDialog}>`:null}
  </${Card}>`}function Labels({policy,onSaved}){let[countries,setCountries]=d2((policy.document.shipping?.label_countries||[]).join(", ")),form=useSave(async()=>{let codes=countries.split(/[\s,]+/).map(c3=>c3.trim().toUpperCase()).filter(Boolean),saved=await savePolicy(withShipping(policy.document,s3=>{s3.label_countries=codes}),"Prepaid label countries changed");return{errors:saved.errors,message:`Saved as policy version ${saved.version}.`}},["document","shipping"],onSaved);return html`<${Card} title="Prepaid return labels"><form onSubmit=${form.submit} novalidate>
    <p class="subdued">Customers shipping from these countries may choose a prepaid label; you attach it to the return when you approve it.</p>
    <${Saved} form=${form} />
    <${Field} label="Countries where you provide a label" help="Two-letter codes separated by commas, e.g. US, CA. Empty: no prepaid labels."
      errors=${errorsAt(form.errors,"label_countries",{prefix:!0})}>${p3=>html`<input ...${p3} type="text" value=${countries}
      onInput=${e3=>{setCountries(e3.target.value),form.dirty()}} />`}</${Field}>
    <button class="button primary" type="submit" disabled=${form.busy}>${form.busy?"Saving\u2026":"Save label countries"}</button>
  </form></${Card}>`}function Notifications({shop,emailSettings}){let[fromName,setFromName]=d2(emailSettings.from_name||""),[replyTo,setReplyTo]=d2(emailSettings.reply_to||""),[webhook,setWebhook]=d2(shop.webhookUrl||""),sender=useSave(async()=>({errors:(await gql(EMAIL,{settings:{...emailSettings,from_name:fromName.trim()||null,reply_to:replyTo.trim()||null}})).emailSettingsUpdate.userErrors,message:"Sender saved: the next emails go out with it."}),["settings"]),hook=useSave(async()=>({errors:(await gql(WEBHOOK,{url:webhook.trim()||null})).shopUpdate.userErrors,message:webhook.trim()?"Webhook saved: return, refund and cancellation events are sent to it.":"Webhook removed: no events are sent."}),[]);return html`<${Card} title="Notifications">
    <form onSubmit=${sender.submit} novalidate>
      <h3>Customer emails</h3>
      <p class="subdued">Customers get an email at every step of their return. Logo, colours and wording are on the <a href="#/emails">Emails</a> page.</p>
      <${Saved} form=${sender} />
      <div class="form-grid">
        <${Field} label="Sender name" help="Defaults to your shop's name." errors=${errorsAt(sender.errors,"from_name")}>${p3=>html`<input ...${p3} type="text" value=${fromName} onInput=${e3=>{setFromName(e3.target.value),sender.dirty()}} />`}</${Field}>
        <${Field} label="Replies go to" help="Defaults to the support email." errors=${errorsAt(sender.errors,"reply_to")}>${p3=>html`<input ...${p3} type="email" value=${replyTo} onInput=${e3=>{setReplyTo(e3.target.value),sender.dirty()}} />`}</${Field}>
      </div>
      <button class="button primary" type="submit" disabled=${sender.busy}>${sender.busy?"Saving\u2026":"Save sender"}</button>
    </form>
    <form class="section" onSubmit=${hook.submit} novalidate>
      <h3>Events for your other systems</h3>
      <p class="subdued">Recourse posts each return, refund and cancellation event to this address, signed with your API secret.</p>
      <${Saved} form=${hook} />
      <${Field} label="Webhook URL" help="An https address. Empty: no events are sent." errors=${errorsAt(hook.errors,"webhookUrl")}>${p3=>html`<input ...${p3} type="url" value=${webhook} onInput=${e3=>{setWebhook(e3.target.value),hook.dirty()}} />`}</${Field}>
      <button class="button" type="submit" disabled=${hook.busy}>${hook.busy?"Saving\u2026":"Save webhook"}</button>
    </form>
  </${Card}>`}function Platform2({shop}){let shopify=shop.platform==="SHOPIFY";return html`<${Card} title="Platform">
    <dl class="facts">
      <dt>Carried out by</dt>
      <dd>${shopify?"Shopify: Recourse carries refunds, cancellations and return steps out on your Shopify store itself.":"Your own system (manual): it acts on the events sent to your webhook and confirms each refund on the Refunds page."}</dd>
      ${shopify?html`<dt>Customer emails</dt><dd>${shop.platformNotifiesCustomer?"Shopify emails customers about the refunds and cancellations it carries out; Recourse does not.":"Recourse emails customers about refunds and cancellations."}</dd>`:null}
    </dl>
    <p class="subdued">${shopify?html`What the platform could not carry out is listed on the <a href="#/platform">Platform</a> page. `:null}This is set when the app is installed (or through the admin API's <code>shopUpdate</code>), not on this page.</p>
  </${Card}>`}function Settings(){let state=useQuery(QUERY6);return html`<${PageHeader} title="Settings" subtitle="Your shop's contact details, where returns go, labels and notifications." />
    <${Loaded} state=${state} label="Loading settings…">${data=>html`<div class="stack">
      <${Contact} shop=${data.shop} />
      <${Addresses} policy=${data.policy} onSaved=${state.reload} />
      <${Labels} policy=${data.policy} onSaved=${state.reload} />
      <${Notifications} shop=${data.shop} emailSettings=${data.emailSettings.settings} />
      <${Platform2} shop=${data.shop} />
    </div>`}</${Loaded}>`}var REASON="handle code label core labels { en es de } shopifyHandle askPhoto askNote merchantAtFault productTypes retired fit",QUERY7=`query Reasons { returnReasons { ${REASON} } shopifyReturnReasonHandles shop { id fitHintMinimum } }`,CREATE2=`mutation ReasonCreate($input: ReturnReasonInput!) { returnReasonCreate(input: $input) {
  reason { handle } userErrors { field message code } } }`,UPDATE=`mutation ReasonUpdate($input: ReturnReasonInput!) { returnReasonUpdate(input: $input) {
  reason { handle } userErrors { field message code } } }`,REORDER=`mutation ReasonsReorder($handles: [String!]!) { returnReasonsReorder(handles: $handles) {
  reasons { handle } userErrors { field message code } } }`,RETIRE=`mutation ReasonRetire($handle: String!, $retired: Boolean) { returnReasonRetire(handle: $handle, retired: $retired) {
  reason { handle retired } userErrors { field message code } } }`,FIT="mutation FitHints($minimum: Int!) { fitHintsUpdate(minimum: $minimum) { shop { id fitHintMinimum } userErrors { field message code } } }",LANGUAGES2=[["en","English"],["es","Spanish"],["de","German"]],FAULT=[["","As the policy says for its core reason"],["true","Yes: the merchant is at fault"],["false","No"]];function ReasonDialog({reason,library,shopifyHandles,onClose,onDone}){let core=library.filter(r3=>r3.core),fresh=!reason,[v3,setV]=d2({handle:reason?.handle||"",code:reason?.code||"OTHER",en:reason?.labels.en||"",es:reason?.labels.es||"",de:reason?.labels.de||"",shopifyHandle:fresh?"":reason.shopifyHandle,askPhoto:!!reason?.askPhoto,askNote:!!reason?.askNote,fault:reason?.merchantAtFault==null?"":String(reason.merchantAtFault),productTypes:(reason?.productTypes||[]).join(", ")}),set=k3=>e3=>setV({...v3,[k3]:e3.target.type==="checkbox"?e3.target.checked:e3.target.value});async function confirm(){let input={labels:{en:v3.en,es:v3.es,de:v3.de},shopifyHandle:v3.shopifyHandle,askPhoto:v3.askPhoto,askNote:v3.askNote,merchantAtFault:v3.fault===""?null:v3.fault==="true",productTypes:v3.productTypes.split(",").map(t4=>t4.trim()).filter(Boolean),...fresh?{code:v3.code,handle:v3.handle.trim()||null}:{handle:reason.handle,...reason.core?{}:{code:v3.code}}};return(fresh?(await gql(CREATE2,{input})).returnReasonCreate:(await gql(UPDATE,{input})).returnReasonUpdate).userErrors}return html`<${ActionDialog} title=${fresh?"Add a return reason":`Edit \u201C${reason.label}\u201D`} confirmLabel=${fresh?"Add reason":"Save reason"}
    onClose=${onClose} onDone=${onDone} onConfirm=${confirm}>${errors=>html`
      <fieldset><legend>What customers read</legend>
        <div class="form-grid">${LANGUAGES2.map(([lang,name])=>html`<${Field} label=${`${name}${lang==="en"?"":" (optional)"}`}
          help=${lang==="en"?reason?.core?"Empty: the shipped words.":"Required.":"Empty: English is shown."}
          errors=${errorsAt(errors,`labels.${lang}`)}>${p3=>html`<input ...${p3} type="text" maxlength="80" lang=${lang}
            value=${v3[lang]} onInput=${set(lang)} />`}</${Field}>`)}</div>
      </fieldset>
      <div class="form-grid">
        ${reason?.core?null:html`<${Field} label="Counts as" help="The core reason it rolls up to: what the policy decides on and reports count. Too small and too large count for fit hints."
          errors=${errorsAt(errors,"code")}>${p3=>html`<select ...${p3} value=${v3.code} onChange=${set("code")}>
            ${core.map(r3=>html`<option value=${r3.code}>${r3.label}</option>`)}</select>`}</${Field}>`}
        <${Field} label="Shopify reason" help="The standard return reason the return carries on Shopify. Empty: the core reason's."
          errors=${errorsAt(errors,"shopifyHandle")}>${p3=>html`<select ...${p3} value=${v3.shopifyHandle} onChange=${set("shopifyHandle")}>
            ${["",...shopifyHandles].map(h3=>html`<option value=${h3}>${h3||"The core reason's"}</option>`)}</select>`}</${Field}>
        ${fresh?html`<${Field} label="Handle (optional)" help="Its stable name for the API, e.g. too-tight-shoulders. Empty: made from the English words."
          errors=${errorsAt(errors,"handle")}>${p3=>html`<input ...${p3} type="text" maxlength="64" value=${v3.handle} onInput=${set("handle")} />`}</${Field}>`:null}
        <${Field} label="Merchant at fault" errors=${errorsAt(errors,"merchantAtFault")}>${p3=>html`<select ...${p3} value=${v3.fault} onChange=${set("fault")}>
          ${FAULT.map(([value,name])=>html`<option value=${value}>${name}</option>`)}</select>`}</${Field}>
      </div>
      <${Field} label="Suggest for product types" help="Comma-separated, e.g. Shirts, Dresses. Empty: where its core reason is suggested (sizing for clothes, defective for electronics)."
        errors=${errorsAt(errors,"productTypes",{prefix:!0})}>${p3=>html`<input ...${p3} type="text" value=${v3.productTypes} onInput=${set("productTypes")} />`}</${Field}>
      <fieldset><legend>Ask the customer for</legend>
        <label class="check"><input type="checkbox" checked=${v3.askPhoto} onChange=${set("askPhoto")} /> A photo</label>
        <label class="check"><input type="checkbox" checked=${v3.askNote} onChange=${set("askNote")} /> A note saying more</label>
      </fieldset>`}
  </${ActionDialog}>`}function ReasonRow({reason,rollsUpTo,index,count:count2,onMove,onRetire,onEdit}){let asks=[reason.askPhoto?"photo":null,reason.askNote?"note":null].filter(Boolean);return html`<tr class=${reason.retired?"retired":""}>
    <td data-label="Reason"><span class="cell-stack"><strong>${reason.label}</strong>
      <span class="subdued">${reason.core?"Core reason":`Counts as ${rollsUpTo}`} · <code>${reason.handle}</code></span></span></td>
    <td data-label="Shopify"><code>${reason.shopifyHandle}</code></td>
    <td data-label="Asks for">${asks.length?asks.join(", "):"\u2014"}</td>
    <td data-label="Status">${reason.retired?html`<${Badge} tone="neutral">Retired</${Badge}>`:html`<${Badge} tone="success">Offered</${Badge}>`}</td>
    <td data-label="Actions"><div class="row">
      <button type="button" class="button small" aria-label=${`Move ${reason.label} up`} disabled=${index===0} onClick=${()=>onMove(index,-1)}>↑</button>
      <button type="button" class="button small" aria-label=${`Move ${reason.label} down`} disabled=${index===count2-1} onClick=${()=>onMove(index,1)}>↓</button>
      <button type="button" class="button small" onClick=${()=>onEdit(reason)}>Edit</button>
      <button type="button" class="button small" onClick=${()=>onRetire(reason)}>${reason.retired?"Offer again":"Retire"}</button>
    </div></td>
  </tr>`}function FitHints({shop,onSaved}){let[minimum,setMinimum]=d2(String(shop.fitHintMinimum)),[errors,setErrors]=d2([]),[saved,setSaved]=d2(null);async function submit(event){event.preventDefault(),setSaved(null);try{let payload=(await gql(FIT,{minimum:Number(minimum)})).fitHintsUpdate;setErrors(payload.userErrors.map(e3=>e3.message)),payload.userErrors.length||(setSaved(`Fit hints speak from ${payload.shop.fitHintMinimum} size returns on.`),onSaved())}catch(error){report(error),setErrors([error.message])}}return html`<${Card} title="Fit hints"><form onSubmit=${submit} novalidate>
    <p class="subdued">Your theme can show “runs small” or “runs large” on a product page (the storefront API's <code>fitHints</code>): the share of
      size returns that said too small against too large, per product and variant, once there are enough of them.</p>
    ${saved?html`<${Banner} tone="success">${saved}</${Banner}>`:null}
    <${Field} label="Fewest size returns before a hint" errors=${errors}>${p3=>html`<input ...${p3} type="number" min="1" max="10000"
      value=${minimum} onInput=${e3=>{setMinimum(e3.target.value),setSaved(null)}} />`}</${Field}>
    <button class="button" type="submit">Save minimum</button>
  </form></${Card}>`}function Reasons(){let state=useQuery(QUERY7),[dialog,setDialog]=d2(null),[notice,setNotice]=d2(null),[failure,setFailure]=d2(null);async function run2(work,message){setFailure(null),setNotice(null);try{let payload=await work();payload.userErrors.length?setFailure(payload.userErrors.map(e3=>e3.message).join(" ")):await state.reload().then(()=>setNotice(message))}catch(error){report(error),setFailure(error.message)}}let move=reasons=>(index,step)=>{let handles=reasons.map(r3=>r3.handle);[handles[index],handles[index+step]]=[handles[index+step],handles[index]],run2(async()=>(await gql(REORDER,{handles})).returnReasonsReorder,`\u201C${reasons[index].label}\u201D moved ${step<0?"up":"down"}.`)},retire=reason=>run2(async()=>(await gql(RETIRE,{handle:reason.handle,retired:!reason.retired})).returnReasonRetire,reason.retired?`\u201C${reason.label}\u201D is offered again.`:`\u201C${reason.label}\u201D is retired: customers no longer see it; returns that chose it keep it.`);return html`<${PageHeader} title="Return reasons" subtitle="What customers choose from when they return an item, in this order, in their language."
      actions=${html`<button type="button" class="button primary" onClick=${()=>setDialog({reason:null})}>Add reason</button>`} />
    <${Loaded} state=${state} label="Loading return reasons…">${data=>html`<div class="stack">
      ${notice?html`<${Banner} tone="success" onDismiss=${()=>setNotice(null)}>${notice}</${Banner}>`:null}
      ${failure?html`<${Banner} onDismiss=${()=>setFailure(null)}>${failure}</${Banner}>`:null}
      <${Card} title="Reasons library">
        <p class="subdued">The twelve core reasons are always there: reword, move or retire them. Your own reasons each count as one of them in
          reports and in the policy, and carry a Shopify reason to your store.</p>
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Return reasons in the order customers see them</caption>
          <thead><tr><th scope="col">Reason</th><th scope="col">Shopify reason</th><th scope="col">Asks for</th><th scope="col">Status</th>
            <th scope="col">Actions</th></tr></thead>
          <tbody>${data.returnReasons.map((reason,index)=>html`<${ReasonRow} key=${reason.handle} reason=${reason} index=${index}
            rollsUpTo=${data.returnReasons.find(r3=>r3.core&&r3.code===reason.code)?.label||reason.code}
            count=${data.returnReasons.length} onMove=${move(data.returnReasons)} onRetire=${retire} onEdit=${r3=>setDialog({reason:r3})} />`)}</tbody>
        </table></div>
      </${Card}>
      <${FitHints} shop=${data.shop} onSaved=${state.reload} />
    </div>`}</${Loaded}>
    ${dialog&&state.data?html`<${ReasonDialog} reason=${dialog.reason} library=${state.data.returnReasons}
      shopifyHandles=${state.data.shopifyReturnReasonHandles} onClose=${()=>setDialog(null)}
      onDone=${()=>{let message=dialog.reason?"Reason saved.":"Reason added: customers see it in the portal now.";state.reload().then(()=>setNotice(message))}} />`:null}`}function NotFound(){return html`<${EmptyState} title="This page does not exist"><a href="#/">Back to home</a></${EmptyState}>`}var NAV=[["#/","Home","home"],["#/returns","Returns","returns"],["#/refunds","Refunds","refunds"],["#/orders","Orders","orders"],["#/fraud","Fraud review","fraud"],["#/analytics","Analytics","analytics"],["#/policy","Policy","policy"],["#/reasons","Return reasons","reasons"],["#/emails","Emails","emails"],["#/platform","Platform","platform"],["#/settings","Settings","settings"]];function routes({segments}){let[first,second]=segments;return first?first==="returns"&&second?{Page:ReturnPage,props:{id:second},nav:"returns"}:first==="returns"?{Page:Returns,props:{},nav:"returns"}:first==="refunds"?{Page:Refunds,props:{},nav:"refunds"}:first==="orders"&&second?{Page:OrderPage,props:{id:second},nav:"orders"}:first==="orders"?{Page:Orders,props:{},nav:"orders"}:first==="reasons"?{Page:Reasons,props:{},nav:"reasons"}:first==="analytics"?{Page:Analytics,props:{},nav:"analytics"}:first==="fraud"?{Page:Fraud,props:{},nav:"fraud"}:first==="policy"&&second==="draft"?{Page:PolicyDraft,props:{},nav:"policy"}:first==="policy"?{Page:Policy,props:{},nav:"policy"}:first==="emails"?{Page:Emails,props:{},nav:"emails"}:first==="platform"?{Page:Platform,props:{},nav:"platform"}:first==="settings"?{Page:Settings,props:{},nav:"settings"}:{Page:NotFound,props:{},nav:null}:{Page:Home,props:{},nav:"home"}}function parseHash(){let raw=location.hash.replace(/^#/,"")||"/",[path,query=""]=raw.split("?");return{segments:path.split("/").filter(Boolean).map(decodeURIComponent),params:new URLSearchParams(query)}}function useRoute(){let[route,setRoute]=d2(parseHash());return A2(()=>{let onChange=()=>{setRoute(parseHash()),window.scrollTo(0,0)};return window.addEventListener("hashchange",onChange),()=>window.removeEventListener("hashchange",onChange)},[]),route}function SignIn({onToken,expired}){let[value,setValue]=d2("");return embedded()?html`<main class="page" id="main"><div class="card signin">
      <h1>Session expired</h1>
      <p>Your admin session has ended. Reopen Recourse from your store's admin to continue.</p>
    </div></main>`:html`<main class="page" id="main"><form class="card signin" onSubmit=${e3=>{e3.preventDefault(),onToken(value.trim())}}>
    <h1>${expired?"Session expired":"Open Recourse"}</h1>
    <p class="subdued">${expired?"Your session has ended. Reopen Recourse from your store's admin, or paste a new token.":"Open this page from your store's admin. For the local demo, paste the admin token that `recourse serve` prints."}</p>
    <div class="field">
      <label class="label" for="token">Admin session token</label>
      <input id="token" type="password" autocomplete="off" value=${value} onInput=${e3=>setValue(e3.target.value)} required />
    </div>
    <button class="button primary" type="submit">Open</button>
  </form></main>`}function Nav({current}){return html`<nav class="topnav" aria-label="Recourse">
    ${NAV.map(([href,label3,key])=>html`<a class="tab" href=${href} aria-current=${current===key?"page":void 0}>${label3}</a>`)}
  </nav>`}var PENDING_SHOP={id:null,name:"",domain:"",currencyCode:null,countryCode:null,timezone:void 0,locale:void 0};function App(){let route=useRoute(),[token,setTok]=d2(initialToken()),[shop,setShop]=d2(null),[state,setState]=d2(token?"loading":"signin"),[error,setError]=d2(null);if(A2(()=>{token&&(setState("loading"),gql("query AppShop { shop { id name domain currencyCode countryCode timezone locale } }").then(data=>{setLocale(data.shop.locale,data.shop.timezone),setShop(data.shop),setState("ready")}).catch(e3=>{e3 instanceof SessionExpired?(setToken(null),setState("expired")):(setError(e3.message),setState("error"))}))},[token]),A2(()=>{let onExpired=()=>{setToken(null),setShop(null),setState("expired")};return window.addEventListener("recourse:session-expired",onExpired),()=>window.removeEventListener("recourse:session-expired",onExpired)},[]),state==="signin"||state==="expired")return html`<${SignIn} expired=${state==="expired"} onToken=${t4=>{setToken(t4),setTok(t4+"")}} />`;if(state==="error")return html`<main class="page" id="main"><${Banner} title="Recourse could not load">${error}</${Banner}></main>`;let current=shop||PENDING_SHOP,match=routes(route);return html`<${ShopContext.Provider} value=${current}>
    <a class="skip-link" href="#main" onClick=${e3=>{e3.preventDefault(),document.getElementById("main")?.focus()}}>Skip to content</a>
    <header class="appbar">
      <div class="appbar-inner">
        <span class="brand">Recourse</span>
        <span class="subdued shop-name">${current.name}</span>
      </div>
      <${Nav} current=${match.nav} />
    </header>
    <main class="page" id="main" tabindex="-1" data-route=${location.hash}>
      <${match.Page} key=${location.hash} ...${match.props} route=${route} />
    </main>
  </${ShopContext.Provider}>`}var root=document.getElementById("root");root.textContent="";Q(html`<${App} />`,root);
